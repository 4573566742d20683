package com.breachimpact.institution;

/**
 * Legal entity identifiers of ISO 17442: twenty upper-case letters or digits whose value,
 * letters read as 10 to 35, is 1 modulo 97 (ISO 7064 MOD 97-10).
 */
public final class Lei {

	private Lei() {
	}

	/**
	 * Whether a value is a valid LEI.
	 * @param value the candidate (may be {@code null})
	 * @return {@code true} when it has 20 upper-case alphanumerics, the last two digits,
	 * and a valid check
	 */
	public static boolean isValid(CharSequence value) {
		return value != null && value.length() == 20 && isValid(value, 0);
	}

	/**
	 * Whether the twenty characters of {@code text} from {@code start} form a valid LEI;
	 * the caller guarantees {@code start + 20 <= text.length()}.
	 * @param text the text
	 * @param start first character
	 * @return {@code true} when valid
	 */
	static boolean isValid(CharSequence text, int start) {
		char[] chars = new char[20];
		for (int i = 0; i < 20; i++) {
			chars[i] = text.charAt(start + i);
		}
		return isValid(chars, 0);
	}

	/**
	 * Whether the twenty characters of {@code chars} from {@code start} form a valid LEI;
	 * the caller guarantees {@code start + 20 <= chars.length}.
	 * @param chars the characters
	 * @param start first character
	 * @return {@code true} when valid
	 */
	static boolean isValid(char[] chars, int start) {
		if (!isDigit(chars[start + 18]) || !isDigit(chars[start + 19])) {
			return false;
		}
		long remainder = Mod97.append(0, chars, start, start + 20);
		return remainder >= 0 && remainder % 97 == 1;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
