package com.breachimpact.institution;

/**
 * The ISO 7064 MOD 97-10 remainder of IBANs and LEIs over a range of a {@code char[]}:
 * the digits read as a decimal number, each upper-case letter as the two digits 10 to 35.
 * The number grows in a {@code long} and is reduced modulo 97 only when the next step
 * could overflow (one division per about fourteen digits instead of one per character).
 */
final class Mod97 {

	/** Below this, a step ({@code * 100 + 35}) cannot overflow a long. */
	private static final long LIMIT = 1_000_000_000_000_000L;

	private Mod97() {
	}

	/**
	 * Continue the number {@code remainder} with the characters {@code chars[from, to)}.
	 * @param remainder what the characters before gave (0 at the start)
	 * @param chars the characters
	 * @param from the first one
	 * @param to the end (exclusive)
	 * @return a value congruent to the number modulo 97 (reduce it with {@code % 97}), or
	 * -1 when a character is neither an ASCII digit nor an upper-case ASCII letter
	 */
	static long append(long remainder, char[] chars, int from, int to) {
		long number = remainder;
		for (int i = from; i < to; i++) {
			char c = chars[i];
			if (c >= '0' && c <= '9') {
				number = number * 10 + (c - '0');
			}
			else if (c >= 'A' && c <= 'Z') {
				number = number * 100 + (c - 'A' + 10);
			}
			else {
				return -1;
			}
			if (number >= LIMIT) {
				number %= 97;
			}
		}
		return number;
	}

}
