package com.breachimpact.classification;

/**
 * International bank account numbers (ISO 13616): two letters, two check digits, up to 30
 * letters and digits, valid under mod 97.
 */
final class Iban {

	private Iban() {
	}

	/**
	 * Whether a canonical value (letters upper-cased, no separators) is a valid IBAN.
	 * @param value the value
	 * @return whether it is an IBAN
	 */
	static boolean isValid(String value) {
		int length = value.length();
		if (length < 15 || length > 34 || !Character.isLetter(value.charAt(0)) || !Character.isLetter(value.charAt(1))
				|| !Character.isDigit(value.charAt(2)) || !Character.isDigit(value.charAt(3))) {
			return false;
		}
		int remainder = 0;
		for (int k = 0; k < length; k++) {
			char c = value.charAt((k + 4) % length);
			if (c >= '0' && c <= '9') {
				remainder = (remainder * 10 + (c - '0')) % 97;
			}
			else if (c >= 'A' && c <= 'Z') {
				remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
			}
			else {
				return false;
			}
		}
		return remainder == 1;
	}

}
