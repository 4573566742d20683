package com.breachimpact.institution;

import static com.breachimpact.institution.TextScan.isDigit;
import static com.breachimpact.institution.TextScan.isUpper;

import com.breachimpact.protection.Masking;

/**
 * IBANs, compact or in groups of four, matched on their {@linkplain Iban#bankCode bank
 * code}; a client's GB, IE and NL BICs give their IBAN bank codes too.
 */
final class IbanRecognizer implements InstitutionRecognizer, InstitutionRecognizer.Reader {

	private static final int GROUP = 4;

	private static final int SHORTEST = 15;

	/** Where a bank code key is written in the buffer, after the longest IBAN. */
	private static final int KEY = 34;

	/** Length of the longest bank code key: country, colon and eight characters. */
	private static final int LONGEST_KEY = 11;

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
		scan.buffer(KEY + LONGEST_KEY);
		char[] iban = scan.chars(start, end);
		if (Iban.isValidCanonical(iban, 0, end - start)) {
			report(scan, iban, end - start, start, line);
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
		char[] iban = scan.buffer(KEY + LONGEST_KEY);
		int size = 0;
		int p = start;
		while (size < GROUP) {
			iban[size++] = text.charAt(p++);
		}
		while (size < expected) {
			if (p >= length || text.charAt(p) != ' ') {
				return;
			}
			p++;
			int group = 0;
			while (group < GROUP && p < length && size < expected
					&& (isUpper(text.charAt(p)) || isDigit(text.charAt(p)))) {
				iban[size++] = text.charAt(p);
				p++;
				group++;
			}
			if (group == 0 || (group < GROUP && size < expected)) {
				return;
			}
		}
		if (p < length && Character.isLetterOrDigit(text.charAt(p))) {
			return;
		}
		if (Iban.isValidCanonical(iban, 0, size)) {
			report(scan, iban, size, start, line);
		}
	}

	/**
	 * A valid IBAN held in {@code iban[0, size)}; its bank code key ({@code CC:code}) is
	 * written after it, from index {@link #KEY}, to be looked up.
	 */
	private void report(TextScan scan, char[] iban, int size, int offset, int line) {
		int[] position = Iban.bankCodePosition(iban[0], iban[1]);
		int entry = -1;
		if (position != null) {
			iban[KEY] = iban[0];
			iban[KEY + 1] = iban[1];
			iban[KEY + 2] = ':';
			int keyEnd = KEY + 3;
			for (int i = position[0]; i < position[1]; i++) {
				iban[keyEnd++] = iban[i];
			}
			entry = this.owners.find(iban, KEY, keyEnd);
		}
		if (entry >= 0) {
			scan.evidence(this.owners.owners(entry), EvidenceKind.IBAN, Masking.lastFour(iban, 0, size), offset, line);
		}
		else if (!scan.reportedUnknown(EvidenceKind.IBAN, iban, 0, size)) {
			scan.unknown(EvidenceKind.IBAN, iban, 0, size, Masking.lastFour(iban, 0, size));
		}
	}

}
