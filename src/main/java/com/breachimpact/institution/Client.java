package com.breachimpact.institution;

import java.util.List;
import java.util.Map;

/**
 * One client institution of the registry.
 *
 * @param clientId the registry's unique id of the client
 * @param legalName the legal name
 * @param aliases other names the client is known by
 * @param bics registered BIC/SWIFT codes (8 or 11 characters)
 * @param abaRoutings registered ABA routing numbers (9 digits)
 * @param leis registered legal entity identifiers (20 characters)
 * @param emailDomains e-mail domains of the client; sub-domains count too
 * @param sftpFolders the client's folders on the transfer platform, relative to its root
 * @param ibanBankCodes bank codes carried in IBANs, as {@code CC:code}
 * @param extra every other column of the registry row, kept as read
 * @param line the line of the registry file the client was read from
 */
public record Client(String clientId, String legalName, List<String> aliases, List<String> bics,
		List<String> abaRoutings, List<String> leis, List<String> emailDomains, List<String> sftpFolders,
		List<String> ibanBankCodes, Map<String, String> extra, long line) {

	public Client {
		aliases = List.copyOf(aliases);
		bics = List.copyOf(bics);
		abaRoutings = List.copyOf(abaRoutings);
		leis = List.copyOf(leis);
		emailDomains = List.copyOf(emailDomains);
		sftpFolders = List.copyOf(sftpFolders);
		ibanBankCodes = List.copyOf(ibanBankCodes);
		extra = Map.copyOf(extra);
	}

}
