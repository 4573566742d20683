package com.breachimpact.classification;

/**
 * Check digit algorithms of the identifiers the recognizers validate.
 */
final class Checksums {

	private Checksums() {
	}

	/**
	 * Whether a string of ASCII digits passes the Luhn (mod 10) check.
	 * @param digits the digits, nothing else
	 * @return whether the check passes
	 */
	static boolean luhn(CharSequence digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (d < 0 || d > 9) {
				return false;
			}
			if (doubled) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			doubled = !doubled;
		}
		return digits.length() > 0 && sum % 10 == 0;
	}

	/**
	 * Whether nine ASCII digits form a valid ABA routing number (3-7-1 weighted
	 * checksum).
	 * @param digits the nine digits
	 * @return whether the checksum holds
	 */
	static boolean abaRouting(CharSequence digits) {
		if (digits.length() != 9) {
			return false;
		}
		int[] weights = { 3, 7, 1 };
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			int d = digits.charAt(i) - '0';
			if (d < 0 || d > 9) {
				return false;
			}
			sum += d * weights[i % 3];
		}
		return sum % 10 == 0 && !allSame(digits);
	}

	/**
	 * Whether every char of a non-empty sequence is the same.
	 * @param chars the chars
	 * @return whether they are all equal
	 */
	static boolean allSame(CharSequence chars) {
		for (int i = 1; i < chars.length(); i++) {
			if (chars.charAt(i) != chars.charAt(0)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The ASCII digits of a sequence, in order.
	 * @param chars the chars
	 * @return the digits alone
	 */
	static String digitsOf(CharSequence chars) {
		StringBuilder digits = new StringBuilder(chars.length());
		for (int i = 0; i < chars.length(); i++) {
			char c = chars.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
		}
		return digits.toString();
	}

}
