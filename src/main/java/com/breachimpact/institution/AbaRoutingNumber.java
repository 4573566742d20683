package com.breachimpact.institution;

/**
 * ABA routing transit numbers of US financial institutions: nine digits whose first two
 * lie in a range the Federal Reserve assigns (00-12, 21-32, 61-72, 80) and whose 3-7-1
 * weighted digit sum is a multiple of ten.
 */
public final class AbaRoutingNumber {

	private AbaRoutingNumber() {
	}

	/**
	 * Whether a value is a valid ABA routing number: exactly nine ASCII digits, not all
	 * zero, with a valid prefix and check digit.
	 * @param value the candidate, without separators (may be {@code null})
	 * @return {@code true} when valid
	 */
	public static boolean isValid(CharSequence value) {
		return value != null && value.length() == 9 && isValid(value, 0);
	}

	/**
	 * Whether the nine characters of {@code text} starting at {@code start} form a valid
	 * ABA routing number. The caller guarantees that {@code start + 9 <= text.length()}.
	 * @param text the text
	 * @param start the first character of the candidate
	 * @return {@code true} when valid
	 */
	static boolean isValid(CharSequence text, int start) {
		return isValid(chars(text, start, 9), 0);
	}

	/**
	 * Whether the nine characters of {@code chars} starting at {@code start} form a valid
	 * ABA routing number. The caller guarantees that {@code start + 9 <= chars.length}.
	 * @param chars the characters
	 * @param start the first character of the candidate
	 * @return {@code true} when valid
	 */
	static boolean isValid(char[] chars, int start) {
		int sum = 0;
		boolean nonZero = false;
		for (int i = 0; i < 9; i++) {
			int d = chars[start + i] - '0';
			if (d < 0 || d > 9) {
				return false;
			}
			nonZero |= d != 0;
			sum += d * weight(i);
		}
		if (!nonZero || sum % 10 != 0) {
			return false;
		}
		int prefix = (chars[start] - '0') * 10 + (chars[start + 1] - '0');
		return prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix == 80;
	}

	/**
	 * The check digit that completes eight routing digits, as NACHA files carry them
	 * without it (e.g. the ODFI of a batch header record).
	 * @param text the text holding the eight digits
	 * @param start the first of the eight digits
	 * @return the check digit 0-9, or -1 when one of the eight characters is not an ASCII
	 * digit
	 */
	static int checkDigit(CharSequence text, int start) {
		return checkDigit(chars(text, start, 8), 0);
	}

	/**
	 * The check digit that completes eight routing digits.
	 * @param chars the characters holding the eight digits
	 * @param start the first of the eight digits
	 * @return the check digit 0-9, or -1 when one of the eight characters is not an ASCII
	 * digit
	 */
	static int checkDigit(char[] chars, int start) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			int d = chars[start + i] - '0';
			if (d < 0 || d > 9) {
				return -1;
			}
			sum += d * weight(i);
		}
		return (10 - sum % 10) % 10;
	}

	private static char[] chars(CharSequence text, int start, int length) {
		char[] chars = new char[length];
		for (int i = 0; i < length; i++) {
			chars[i] = text.charAt(start + i);
		}
		return chars;
	}

	private static int weight(int index) {
		return switch (index % 3) {
			case 0 -> 3;
			case 1 -> 7;
			default -> 1;
		};
	}

}
