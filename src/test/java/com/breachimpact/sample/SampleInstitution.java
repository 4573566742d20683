package com.breachimpact.sample;

import java.util.List;

/**
 * One fictional institution of the bundled sample registry ({@code samples/clients.csv}).
 *
 * @param clientId the registry id
 * @param legalName the legal name
 * @param aliases other names
 * @param bics registered BICs
 * @param abaRoutings registered ABA routing numbers
 * @param leis registered LEIs
 * @param emailDomains e-mail domains
 * @param sftpFolders platform folders, relative to the platform root
 * @param ibanBankCodes IBAN bank codes as {@code CC:code}
 * @param city the head office city
 * @param state the head office state
 */
record SampleInstitution(String clientId, String legalName, List<String> aliases, List<String> bics,
		List<String> abaRoutings, List<String> leis, List<String> emailDomains, List<String> sftpFolders,
		List<String> ibanBankCodes, String city, String state) {

	/** The registry CSV header, in column order. */
	static final String CSV_HEADER = "client_id,legal_name,aliases,bic,aba_routing,lei,email_domains,sftp_folders,iban_bank_codes,city,state";

	/**
	 * The first routing number.
	 * @return the routing number
	 */
	String aba() {
		return this.abaRoutings.get(0);
	}

	/**
	 * The first e-mail domain.
	 * @return the domain
	 */
	String domain() {
		return this.emailDomains.get(0);
	}

	/**
	 * The first platform folder.
	 * @return the folder, such as {@code clients/firstharbor}
	 */
	String folder() {
		return this.sftpFolders.get(0);
	}

	/**
	 * This institution as one registry CSV line (no line terminator), multi-valued cells
	 * joined by {@code |}.
	 * @return the CSV line
	 */
	String csvLine() {
		return String.join(",", cell(this.clientId), cell(this.legalName), cell(this.aliases), cell(this.bics),
				cell(this.abaRoutings), cell(this.leis), cell(this.emailDomains), cell(this.sftpFolders),
				cell(this.ibanBankCodes), cell(this.city), cell(this.state));
	}

	private static String cell(List<String> values) {
		return cell(String.join("|", values));
	}

	private static String cell(String value) {
		if (value.contains(",") || value.contains("\"")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
