package com.breachimpact.institution;

import java.util.Locale;

import com.breachimpact.protection.Masking;

/**
 * BICs: tokens of 8 or 11 upper-case letters and digits with a valid country code; a
 * registered BIC covers every BIC with the same institution part (its first 8
 * characters). A BIC no client has is reported as unknown only when it has a digit or
 * "BIC" or "SWIFT" comes shortly before it (upper-case words such as {@code AGRICOLE}
 * have the form of a BIC), and never when it is a common English word.
 */
final class BicRecognizer implements InstitutionRecognizer, InstitutionRecognizer.Reader {

	private static final int BIC_CONTEXT = 32;

	/** Length of the institution part of a BIC. */
	private static final int INSTITUTION = 8;

	private final OwnerIndex owners;

	BicRecognizer(ClientRegistry registry) {
		this.owners = OwnerIndex.of(registry, (client) -> client.bics().stream().map(Bic::institutionPart).toList());
	}

	@Override
	public Reader open(TextScan scan) {
		return this;
	}

	@Override
	public boolean readsTokens(int length) {
		return length == 8 || length == 11;
	}

	@Override
	public boolean token(TextScan scan, int start, int end, int flags, int line) {
		if (flags == DIGIT) {
			return false;
		}
		int length = end - start;
		char[] bic = scan.chars(start, end);
		if (!Bic.isValid(bic, 0, length)) {
			return false;
		}
		int entry = this.owners.find(bic, 0, INSTITUTION);
		if (entry >= 0) {
			String masked = (length == INSTITUTION) ? this.owners.masked(entry) : Masking.lastFour(bic, 0, length);
			scan.evidence(this.owners.owners(entry), EvidenceKind.BIC, masked, start, line);
		}
		else if (!scan.reportedUnknown(EvidenceKind.BIC, bic, 0, INSTITUTION)
				&& ((flags & DIGIT) != 0 || namedBicBefore(scan, start))) {
			if (!CommonWords.contains(new String(bic, 0, length).toLowerCase(Locale.ROOT))) {
				scan.unknown(EvidenceKind.BIC, bic, 0, INSTITUTION, Masking.lastFour(bic, 0, length));
			}
		}
		return true;
	}

	/**
	 * Whether "BIC" or "SWIFT" (any case, e.g. an ISO 20022 {@code <BICFI>} tag) comes
	 * shortly before an offset: an all-letter BIC candidate elsewhere is more likely an
	 * upper-case word than an identifier.
	 */
	private static boolean namedBicBefore(TextScan scan, int offset) {
		CharSequence text = scan.text();
		for (int i = Math.max(0, offset - BIC_CONTEXT); i < offset; i++) {
			char c = (char) (text.charAt(i) & ~0x20);
			if ((c == 'B' && matchesUpper(scan, i, "BIC")) || (c == 'S' && matchesUpper(scan, i, "SWIFT"))) {
				return true;
			}
		}
		return false;
	}

	private static boolean matchesUpper(TextScan scan, int at, String word) {
		if (at + word.length() > scan.length()) {
			return false;
		}
		for (int i = 0; i < word.length(); i++) {
			char c = scan.text().charAt(at + i);
			if (c != word.charAt(i) && c != Character.toLowerCase(word.charAt(i))) {
				return false;
			}
		}
		return true;
	}

}
