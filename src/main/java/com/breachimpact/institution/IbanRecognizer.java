package com.breachimpact.institution;

import static com.breachimpact.institution.TextScan.isDigit;
import static com.breachimpact.institution.TextScan.isUpper;

/**
 * IBANs, compact or in groups of four, matched on their {@linkplain Iban#bankCode bank
 * code}; a client's GB, IE and NL BICs give their IBAN bank codes too.
 */
final class IbanRecognizer implements InstitutionRecognizer, InstitutionRecognizer.Reader {

	private static final int GROUP = 4;

	private static final int SHORTEST = 15;

	private final OwnerIndex owners;

	IbanRecognizer(ClientRegistry registry) {
		OwnerIndex.Builder owners = new OwnerIndex.Builder();
		for (Client client : registry.clients()) {
			String id = client.clientId();
			for (String bic : client.bics()) {
				String country = bic.substring(4, 6);
				if (country.equals("GB") || country.equals("IE") || country.equals("NL")) {
					owners.add(country + ":" + bic.substring(0, 4), id);
				}
			}
			client.ibanBankCodes().forEach((code) -> owners.add(code, id));
		}
		this.owners = owners.build();
	}

	@Override
	public Reader open(TextScan scan) {
		return this;
	}

	@Override
	public boolean readsTokens(int length) {
		return length == GROUP || length >= SHORTEST;
	}

	@Override
	public boolean token(TextScan scan, int start, int end, int flags, int line) {
		if (flags == DIGIT) {
			return false;
		}
		if (end - start == GROUP) {
			grouped(scan, start, line);
			return true;
		}
		if (Iban.isValidCanonical(scan.text(), start, end)) {
			report(scan, scan.substring(start, end), start, line);
			return true;
		}
		return false;
	}

	/** An IBAN written in groups of four, the first group being {@code CCdd}. */
	private void grouped(TextScan scan, int start, int line) {
		CharSequence text = scan.text();
		int length = scan.length();
		char c0 = text.charAt(start);
		char c1 = text.charAt(start + 1);
		if (!isUpper(c0) || !isUpper(c1) || !isDigit(text.charAt(start + 2)) || !isDigit(text.charAt(start + 3))) {
			return;
		}
		int expected = Iban.lengthOf(c0, c1);
		if (expected == 0) {
			return;
		}
		StringBuilder iban = new StringBuilder(expected);
		iban.append(text, start, start + GROUP);
		int p = start + GROUP;
		while (iban.length() < expected) {
			if (p >= length || text.charAt(p) != ' ') {
				return;
			}
			p++;
			int group = 0;
			while (group < GROUP && p < length && iban.length() < expected
					&& (isUpper(text.charAt(p)) || isDigit(text.charAt(p)))) {
				iban.append(text.charAt(p));
				p++;
				group++;
			}
			if (group == 0 || (group < GROUP && iban.length() < expected)) {
				return;
			}
		}
		if (p < length && Character.isLetterOrDigit(text.charAt(p))) {
			return;
		}
		if (Iban.isValidCanonical(iban, 0, iban.length())) {
			report(scan, iban.toString(), start, line);
		}
	}

	private void report(TextScan scan, String iban, int offset, int line) {
		String code = Iban.bankCodeOfValid(iban);
		String[] owners = (code != null) ? this.owners.owners(code) : null;
		scan.identifier(EvidenceKind.IBAN, owners, iban, iban, offset, line, true);
	}

}
