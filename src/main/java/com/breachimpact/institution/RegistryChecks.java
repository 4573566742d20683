package com.breachimpact.institution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.breachimpact.protection.Masking;

/**
 * Finds what is legal but suspicious in a list of clients: one identifier, domain or
 * folder registered to two clients, a folder nested in another client's folder, each
 * group of clients sharing a name or alias (namesakes, one warning per group, with their
 * places), a name or alias that is a common word, a name that can never match and an IBAN
 * bank code whose position in the IBAN is unknown.
 */
final class RegistryChecks {

	private RegistryChecks() {
	}

	/**
	 * The warnings about a list of clients, ordered by line.
	 * @param clients the clients in registry order
	 * @return the warnings
	 */
	static List<RegistryWarning> check(List<Client> clients) {
		List<RegistryWarning> warnings = new ArrayList<>();
		Map<String, Client> identifiers = new HashMap<>();
		Map<String, List<NameUse>> names = new LinkedHashMap<>();
		for (Client client : clients) {
			for (String aba : client.abaRoutings()) {
				sameIdentifier(warnings, identifiers, client, "aba_routing", aba, Masking.lastFour(aba));
			}
			for (String bic : client.bics()) {
				String institution = Bic.institutionPart(bic);
				sameIdentifier(warnings, identifiers, client, "bic", institution, Masking.lastFour(bic));
			}
			for (String lei : client.leis()) {
				sameIdentifier(warnings, identifiers, client, "lei", lei, Masking.lastFour(lei));
			}
			for (String domain : client.emailDomains()) {
				sameIdentifier(warnings, identifiers, client, "email_domains", domain, domain);
			}
			for (String code : client.ibanBankCodes()) {
				sameIdentifier(warnings, identifiers, client, "iban_bank_codes", code, code);
				if (!Iban.knowsBankCode(code.substring(0, 2))) {
					warnings.add(new RegistryWarning(client.line(),
							"iban_bank_codes " + code + " can never match: the bank code position of "
									+ code.substring(0, 2) + " IBANs is unknown"));
				}
			}
			for (String folder : client.sftpFolders()) {
				sameIdentifier(warnings, identifiers, client, "sftp_folders", folder.toLowerCase(Locale.ROOT), folder);
			}
			checkName(warnings, names, client, "legal name", client.legalName());
			String ownName = NameNormalizer.normalizeName(client.legalName());
			for (String alias : client.aliases()) {
				if (!NameNormalizer.normalizeName(alias).equals(ownName)) {
					checkName(warnings, names, client, "alias", alias);
				}
			}
		}
		checkNamesakes(warnings, names);
		checkNestedFolders(warnings, clients);
		warnings.sort(Comparator.comparingLong(RegistryWarning::line));
		return List.copyOf(warnings);
	}

	private static void sameIdentifier(List<RegistryWarning> warnings, Map<String, Client> identifiers, Client client,
			String column, String key, String shown) {
		Client owner = identifiers.putIfAbsent(column + ":" + key, client);
		if (owner != null && !owner.clientId().equals(client.clientId())) {
			warnings.add(new RegistryWarning(client.line(), column + " " + shown + " of client '" + client.clientId()
					+ "' is also registered to client '" + owner.clientId() + "' (line " + owner.line() + ")"));
		}
	}

	private static void checkName(List<RegistryWarning> warnings, Map<String, List<NameUse>> names, Client client,
			String what, String name) {
		String normalized = NameNormalizer.normalizeName(name);
		if (normalized.isEmpty()) {
			warnings.add(new RegistryWarning(client.line(), what + " '" + name + "' of client '" + client.clientId()
					+ "' has no letter or digit and never matches"));
			return;
		}
		if (CommonWords.isCommonWordName(client, name)) {
			String why = CommonWords.contains(normalized) ? "is a common English word"
					: "is marked a common word (common_word_aliases)";
			warnings.add(new RegistryWarning(client.line(), what + " '" + name + "' of client '" + client.clientId()
					+ "' " + why + ": it counts only where used as a name (capitalised mid-sentence, followed by "
					+ "Bank, Trust, ..., beside a banking term or in a bank or payee field); set common_word_aliases "
					+ "to no to count it everywhere"));
		}
		List<NameUse> uses = names.computeIfAbsent(normalized, (key) -> new ArrayList<>());
		if (uses.stream().noneMatch((use) -> use.client().clientId().equals(client.clientId()))) {
			uses.add(new NameUse(client, what, name));
		}
	}

	/**
	 * One warning per group of clients sharing a name or alias (namesakes), saying what
	 * tells them apart.
	 */
	private static void checkNamesakes(List<RegistryWarning> warnings, Map<String, List<NameUse>> names) {
		for (List<NameUse> uses : names.values()) {
			if (uses.size() < 2) {
				continue;
			}
			StringBuilder message = new StringBuilder("name or alias '").append(uses.get(0).name())
				.append("' is shared by ")
				.append(uses.size())
				.append(" clients: ");
			List<String> unplaced = new ArrayList<>();
			Set<String> places = new HashSet<>();
			for (int i = 0; i < uses.size(); i++) {
				NameUse use = uses.get(i);
				ClientPlace place = ClientPlace.of(use.client());
				message.append((i > 0) ? ", " : "")
					.append("'")
					.append(use.client().clientId())
					.append("' (line ")
					.append(use.client().line())
					.append(", ")
					.append(use.what())
					.append(" '")
					.append(use.name())
					.append("'")
					.append(place.isKnown() ? ", " + place.label() : "")
					.append(")");
				if (!place.isKnown()) {
					unplaced.add(use.client().clientId());
				}
				else {
					places.add(place.label().toLowerCase(Locale.ROOT));
				}
			}
			message.append("; a mention counts for one of them only with its city or state near it, or its "
					+ "identifier, folder or e-mail domain in the same file, and is otherwise reported as ambiguous");
			if (!unplaced.isEmpty()) {
				message.append("; no city or state for ").append(String.join(", ", unplaced));
			}
			if (places.size() < uses.size() - unplaced.size()) {
				message.append("; some of them share a city and state");
			}
			warnings.add(new RegistryWarning(uses.get(0).client().line(), message.toString()));
		}
	}

	private record NameUse(Client client, String what, String name) {

	}

	private static void checkNestedFolders(List<RegistryWarning> warnings, List<Client> clients) {
		Map<String, Client> folders = new HashMap<>();
		for (Client client : clients) {
			for (String folder : client.sftpFolders()) {
				folders.putIfAbsent(folder.toLowerCase(Locale.ROOT), client);
			}
		}
		for (Client client : clients) {
			for (String folder : client.sftpFolders()) {
				String lower = folder.toLowerCase(Locale.ROOT);
				for (int slash = lower.lastIndexOf('/'); slash > 0; slash = lower.lastIndexOf('/', slash - 1)) {
					Client outer = folders.get(lower.substring(0, slash));
					if (outer != null && !outer.clientId().equals(client.clientId())) {
						warnings.add(new RegistryWarning(client.line(),
								"sftp_folders " + folder + " of client '" + client.clientId() + "' lies inside folder "
										+ lower.substring(0, slash) + " of client '" + outer.clientId() + "' (line "
										+ outer.line() + ")"));
					}
				}
			}
		}
	}

}
