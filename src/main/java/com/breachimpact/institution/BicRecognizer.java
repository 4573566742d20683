package com.breachimpact.institution;

import java.util.Locale;

/**
 * BICs: tokens of 8 or 11 upper-case letters and digits with a valid country code; a
 * registered BIC covers every BIC with the same institution part (its first 8
 * characters). A BIC no client has is reported as unknown only when it has a digit or
 * "BIC" or "SWIFT" comes shortly before it (upper-case words such as {@code AGRICOLE}
 * have the form of a BIC), and never when it is a common English word.
 */
final class BicRecognizer implements InstitutionRecognizer, InstitutionRecognizer.Reader {

	private static final int BIC_CONTEXT = 32;

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
		if (flags == DIGIT || !Bic.isValid(scan.text(), start, end)) {
			return false;
		}
		String bic = scan.substring(start, end);
		String institution = bic.substring(0, 8);
		String[] owners = this.owners.owners(institution);
		boolean reportUnknown = owners == null && ((flags & DIGIT) != 0 || namedBicBefore(scan, start))
				&& !CommonWords.contains(bic.toLowerCase(Locale.ROOT));
		scan.identifier(EvidenceKind.BIC, owners, bic, institution, start, line, reportUnknown);
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
