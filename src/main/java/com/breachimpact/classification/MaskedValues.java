package com.breachimpact.classification;

/**
 * Tells masked values ({@code ****4821}, {@code XXX-XX-6789}, {@code •••• 1234}) from
 * values: a masked value counts as masked, not as the value.
 */
final class MaskedValues {

	private MaskedValues() {
	}

	/**
	 * Whether a value is masked: it holds a mask char ({@code *}, {@code •}, {@code #})
	 * or two {@code X} in a row.
	 * @param value the value
	 * @return whether it is masked
	 */
	static boolean isMasked(CharSequence value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '*' || c == '\u2022' || c == '#') {
				return true;
			}
			if ((c == 'X' || c == 'x') && i + 1 < value.length()
					&& (value.charAt(i + 1) == 'X' || value.charAt(i + 1) == 'x')) {
				return true;
			}
		}
		return false;
	}

}
