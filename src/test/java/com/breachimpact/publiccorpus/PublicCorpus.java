package com.breachimpact.publiccorpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.breachimpact.institution.EvidenceKind;

/**
 * The public-file corpus ({@code src/test/resources/public-corpus}, see its README):
 * files nobody on this project wrote, copied into an inventory, plus one zip made here of
 * some of them (so that archive members of different clients sit side by side); a
 * registry that assigns most of the files' real identifiers to fictional clients (every
 * fourth one stays unregistered) and adds decoy clients with near identifiers that are in
 * no file; and the truth, from the test's own parsers of each format
 * ({@link NachaTruthReader}, {@link Iso20022TruthReader}, {@link TikaTruthReader}).
 *
 * @param inventory the inventory root
 * @param registry the registry CSV
 * @param clients client id -> its registered identifiers as {@code KIND=key}
 * @param decoys the ids of the decoy clients
 * @param truth every (leaf, client, kind) the corpus really holds, with where it was read
 * @param occurrences every identifier the parsers read, registered or not
 */
record PublicCorpus(Path inventory, Path registry, Map<String, Set<String>> clients, Set<String> decoys,
		List<TruePair> truth, List<Occurrence> occurrences) {

	static final String RESOURCES = "/public-corpus/";

	static final String BUNDLE = "bundle/public-payments.zip";

	/** The corpus files, by folder: how the test reads their truth. */
	static final Map<String, List<String>> FILES = Map.of("nacha",
			List.of("ppd-debit.ach", "web-debit.ach", "20110805A.ach", "iat-debit.ach", "return-WEB.ach",
					"txp-credit.ach", "shr-credit.ach", "rck.ach", "NACHA_SAMPLE_TEL_REVERSAL.ach", "moov-ids.ach",
					"ppd-debit-invalid-entryDetail-checkDigit.ach", "return-PPD-custom-reason-code.ach",
					"bh-ed-ad-bh-ed-ad-ed-ad.ach", "cor-example.ach", "skip-validation.ach",
					"FISERV-ZEROFILE-PIMRET825324_032720_110221.ach"),
			"iso20022",
			List.of("FI_camt_053_sample.xml.xml", "musterfile_pain.001_Nov2020.xml",
					"200519_camt054-ESR-ASR_P_CH2909000000250094239_1110092704_0_2019042500372179.xml",
					"International_payment_RUB_naujas_1.xml", "International_payment_USD_naujas_1.xml",
					"pain008-musterfile.xml", "gistfile1.xml", "statement_1.xml", "sepa_payment_naujas_1.xml",
					"pain002-epo_p_0_0_0_2018031510491259.xml", "pacs.008.001.07.xml", "pacs.009.001.07.xml",
					"camt.053.001.07.xml", "mx_sample_bah.xml"),
			"tika",
			List.of("testRFC822-CC-BCC", "testRFC822_dkim.eml", "testRFC822_multipart_attachments.eml", "testRFC822",
					"testRFC822_normal_zip", "testRFC822_eml", "testThunderbirdEml.eml",
					"testEML_embedded_xhtml_and_img.eml", "testMSG.msg", "testMSG_att_msg.msg", "testPPT.pptx",
					"testEXCEL_poi-61034.xlsx", "testWORD_emptyParaInTextbox.docx", "test-documents.zip"));

	/** Members of the zip made by the test: files of different clients side by side. */
	static final List<String> BUNDLED = List.of("nacha/return-PPD-custom-reason-code.ach", "nacha/rck.ach",
			"iso20022/pacs.009.001.07.xml", "iso20022/gistfile1.xml", "tika/testRFC822_dkim.eml");

	/** Mail domains of public web-mail services: no bank's. */
	private static final Set<String> WEBMAIL = Set.of("gmail.com", "googlemail.com");

	/**
	 * A (leaf, client) pair of the truth, by kind of evidence.
	 *
	 * @param leaf the leaf item
	 * @param clientId the client
	 * @param kind the kind of evidence
	 * @param source where the independent parser read it
	 */
	record TruePair(String leaf, String clientId, EvidenceKind kind, String source) {

		/** The inventory item (outer file) of the leaf. */
		String item() {
			int bang = this.leaf.indexOf("!/");
			return (bang < 0) ? this.leaf : this.leaf.substring(0, bang);
		}

	}

	static PublicCorpus prepare(Path root) throws Exception {
		Path inventory = Files.createDirectories(root.resolve("inventory"));
		List<Occurrence> occurrences = new ArrayList<>();
		Map<String, byte[]> contents = new TreeMap<>();
		for (Map.Entry<String, List<String>> folder : FILES.entrySet()) {
			for (String name : folder.getValue()) {
				String path = folder.getKey() + "/" + name;
				byte[] content = resource(path);
				contents.put(path, content);
				Files.createDirectories(inventory.resolve(folder.getKey()));
				Files.write(inventory.resolve(path), content);
				occurrences.addAll(read(folder.getKey(), path, content));
			}
		}
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			for (String path : BUNDLED) {
				String member = path.substring(path.indexOf('/') + 1);
				out.putNextEntry(new ZipEntry(member));
				out.write(contents.get(path));
				out.closeEntry();
				occurrences
					.addAll(read(path.substring(0, path.indexOf('/')), BUNDLE + "!/" + member, contents.get(path)));
			}
		}
		Files.createDirectories(inventory.resolve("bundle"));
		Files.write(inventory.resolve(BUNDLE), zip.toByteArray());
		String allText = contents.values()
			.stream()
			.map((content) -> new String(content, StandardCharsets.ISO_8859_1))
			.collect(Collectors.joining("\n"));
		Registry registry = Registry.of(occurrences, allText);
		Path registryFile = root.resolve("registry.csv");
		Files.writeString(registryFile, registry.csv());
		List<TruePair> truth = new ArrayList<>();
		for (Occurrence occurrence : occurrences) {
			for (String client : registry.owners(occurrence)) {
				truth.add(new TruePair(occurrence.leaf(), client, occurrence.kind(), occurrence.source()));
			}
		}
		return new PublicCorpus(inventory, registryFile, registry.clients(), registry.decoys(), truth, occurrences);
	}

	private static List<Occurrence> read(String folder, String leaf, byte[] content) throws Exception {
		return switch (folder) {
			case "nacha" -> NachaTruthReader.read(leaf, content);
			case "iso20022" -> Iso20022TruthReader.read(leaf, content);
			default -> TikaTruthReader.read(leaf, content);
		};
	}

	private static byte[] resource(String path) {
		try (InputStream in = PublicCorpus.class.getResourceAsStream(RESOURCES + path)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource " + RESOURCES + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The generated registry: real identifiers of the files on fictional clients, and
	 * decoys.
	 */
	private static final class Registry {

		private final Map<String, Set<String>> clients = new LinkedHashMap<>();

		private final Map<String, String[]> rows = new LinkedHashMap<>();

		private final Set<String> decoys = new TreeSet<>();

		static Registry of(List<Occurrence> occurrences, String allText) {
			Registry registry = new Registry();
			Map<EvidenceKind, TreeSet<String>> keys = new TreeMap<>();
			for (Occurrence occurrence : occurrences) {
				String key = (occurrence.kind() == EvidenceKind.EMAIL_DOMAIN) ? registrable(occurrence.key())
						: occurrence.key();
				if (occurrence.kind() != EvidenceKind.EMAIL_DOMAIN || !WEBMAIL.contains(key)) {
					keys.computeIfAbsent(occurrence.kind(), (kind) -> new TreeSet<>()).add(key);
				}
			}
			keys.forEach((kind, values) -> {
				int i = 0;
				for (String value : values) {
					// every fourth identifier of a kind stays unregistered (names: all
					// registered)
					if (kind == EvidenceKind.ALIAS || i % 4 != 3) {
						registry.add("PC-" + kind.name().replace('_', '-') + "-" + (i + 1), kind, value);
					}
					i++;
				}
			});
			registry.addDecoys(keys, occurrences, allText);
			return registry;
		}

		/**
		 * The registrable part of a domain: two labels, three under a country's
		 * com/co/ac/org.
		 */
		private static String registrable(String domain) {
			String[] labels = domain.split("\\.");
			int keep = (labels.length >= 3 && labels[labels.length - 1].length() == 2
					&& Set.of("com", "co", "ac", "org", "net").contains(labels[labels.length - 2])) ? 3 : 2;
			return String.join(".",
					java.util.Arrays.copyOfRange(labels, Math.max(0, labels.length - keep), labels.length));
		}

		private void add(String id, EvidenceKind kind, String value) {
			this.clients.computeIfAbsent(id, (k) -> new TreeSet<>()).add(kind.name() + "=" + value);
			String number = id.replaceAll("\\D", "");
			String legal = "Publicorp " + kind.name().charAt(0)
					+ kind.name().substring(1).toLowerCase(Locale.ROOT).replace("_", " ") + " Client "
					+ words(Integer.parseInt(number.isEmpty() ? "0" : number)) + " Bank";
			String[] row = { id, legal, "", "", "", "", "", "", "" };
			switch (kind) {
				case ABA_ROUTING -> row[4] = value;
				case BIC -> row[3] = value;
				case LEI -> row[5] = value;
				case EMAIL_DOMAIN -> row[6] = value;
				case IBAN -> row[8] = value;
				case ALIAS -> {
					row[1] = value + " Employees Savings Bank";
					row[2] = value;
				}
				default -> throw new IllegalArgumentException(kind.name());
			}
			this.rows.put(id, row);
		}

		private static String words(int n) {
			String[] ones = { "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine" };
			StringBuilder words = new StringBuilder();
			for (char c : String.valueOf(n).toCharArray()) {
				words.append(words.isEmpty() ? "" : " ").append(ones[c - '0']);
			}
			return words.toString();
		}

		/**
		 * Decoy clients: valid identifiers one step from a registered one, and look-alike
		 * domains and names, none of which the corpus holds.
		 */
		private void addDecoys(Map<EvidenceKind, TreeSet<String>> keys, List<Occurrence> occurrences, String allText) {
			Set<String> registered = this.clients.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
			String lower = allText.toLowerCase(Locale.ROOT);
			int n = 0;
			for (String aba : keys.getOrDefault(EvidenceKind.ABA_ROUTING, new TreeSet<>())) {
				String eight = aba.substring(0, 6) + (char) ('0' + (aba.charAt(6) - '0' + 1) % 10) + aba.charAt(7);
				String decoy = eight + IdentifierChecks.routingCheckDigit(eight);
				if (!allText.contains(eight) && !registered.contains("ABA_ROUTING=" + decoy) && n++ < 6) {
					decoy("ABA", EvidenceKind.ABA_ROUTING, decoy);
				}
			}
			n = 0;
			for (String bic : keys.getOrDefault(EvidenceKind.BIC, new TreeSet<>())) {
				for (String decoy : List.of(bic.substring(0, 6) + (bic.endsWith("ZZ") ? "YY" : "ZZ"),
						bic.substring(0, 4) + (bic.startsWith("DE", 4) ? "FR" : "DE") + bic.substring(6))) {
					if (!allText.contains(decoy) && !registered.contains("BIC=" + decoy) && n++ < 8) {
						decoy("BIC", EvidenceKind.BIC, decoy);
					}
				}
			}
			n = 0;
			for (String code : keys.getOrDefault(EvidenceKind.IBAN, new TreeSet<>())) {
				char last = code.charAt(code.length() - 1);
				String decoy = code.substring(0, code.length() - 1)
						+ (Character.isDigit(last) ? (char) ('0' + (last - '0' + 1) % 10) : 'Z');
				if (!registered.contains("IBAN=" + decoy) && !keys.get(EvidenceKind.IBAN).contains(decoy) && n++ < 4) {
					decoy("IBAN", EvidenceKind.IBAN, decoy);
				}
			}
			n = 0;
			for (String domain : keys.getOrDefault(EvidenceKind.EMAIL_DOMAIN, new TreeSet<>())) {
				String first = domain.substring(0, domain.indexOf('.'));
				for (String decoy : List.of(domain.substring(1),
						first.substring(0, first.length() - 1) + domain.substring(first.length()), "x" + domain)) {
					boolean held = occurrences.stream()
						.anyMatch((o) -> o.kind() == EvidenceKind.EMAIL_DOMAIN
								&& (o.key().equals(decoy) || o.key().endsWith("." + decoy)));
					boolean written = Pattern.compile("(^|[^a-z0-9.-])" + Pattern.quote(decoy) + "($|[^a-z0-9-])")
						.matcher(lower)
						.find();
					if (decoy.indexOf('.') > 0 && !held && !written && n++ < 12) {
						decoy("DOMAIN", EvidenceKind.EMAIL_DOMAIN, decoy);
					}
				}
			}
			for (String name : keys.getOrDefault(EvidenceKind.ALIAS, new TreeSet<>())) {
				String decoy = name.substring(0, name.length() - 1);
				if (!Pattern.compile("(?i)\\b" + Pattern.quote(decoy) + "\\b").matcher(allText).find()) {
					decoy("NAME", EvidenceKind.ALIAS, decoy);
				}
			}
		}

		private void decoy(String kind, EvidenceKind evidence, String value) {
			String id = "DECOY-" + kind + "-" + (this.decoys.size() + 1);
			this.decoys.add(id);
			add(id, evidence, value);
			if (evidence == EvidenceKind.ALIAS) {
				this.rows.get(id)[1] = "Decoy " + words(this.decoys.size()) + " Savings Bank";
			}
		}

		/** The registered clients that an occurrence concerns. */
		Set<String> owners(Occurrence occurrence) {
			Set<String> owners = new TreeSet<>();
			this.clients.forEach((id, values) -> {
				for (String value : values) {
					String key = value.substring(value.indexOf('=') + 1);
					boolean same = value.startsWith(occurrence.kind().name() + "=")
							&& (occurrence.kind() == EvidenceKind.EMAIL_DOMAIN
									? occurrence.key().equals(key) || occurrence.key().endsWith("." + key)
									: occurrence.kind() == EvidenceKind.ALIAS ? occurrence.key().equalsIgnoreCase(key)
											: occurrence.key().equals(key));
					if (same) {
						owners.add(id);
					}
				}
			});
			return owners;
		}

		Map<String, Set<String>> clients() {
			return this.clients;
		}

		Set<String> decoys() {
			return this.decoys;
		}

		String csv() {
			StringBuilder csv = new StringBuilder(
					"client_id,legal_name,aliases,bic,aba_routing,lei,email_domains,sftp_folders,iban_bank_codes\n");
			for (String[] row : this.rows.values()) {
				csv.append(
						java.util.Arrays.stream(row).map((cell) -> '"' + cell + '"').collect(Collectors.joining(",")))
					.append('\n');
			}
			return csv.toString();
		}

	}

}
