package com.breachimpact.classification;

import java.util.Locale;

/**
 * Masked and canonical forms of person names from structured records: the masked form
 * keeps only initials.
 */
final class NameMasking {

	private NameMasking() {
	}

	/**
	 * The initials of a name: {@code JANE Q DOE} becomes {@code J. Q. D.}.
	 * @param name the clear name
	 * @return the initials
	 */
	static String initials(CharSequence name) {
		StringBuilder masked = new StringBuilder();
		boolean wordStart = true;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isLetter(c)) {
				if (wordStart) {
					if (masked.length() > 0) {
						masked.append(' ');
					}
					masked.append(Character.toUpperCase(c)).append('.');
				}
				wordStart = false;
			}
			else if (c != '\'') {
				wordStart = true;
			}
		}
		return masked.toString();
	}

	/**
	 * The canonical form of a name: letters upper-cased, words in order, one space
	 * between.
	 * @param name the clear name
	 * @return the canonical form, empty when the name has no letters
	 */
	static String canonical(CharSequence name) {
		StringBuilder canonical = new StringBuilder(name.length());
		boolean pendingSpace = false;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isLetter(c)) {
				if (pendingSpace && canonical.length() > 0) {
					canonical.append(' ');
				}
				pendingSpace = false;
				canonical.append(c);
			}
			else if (c != '\'' && c != '.') {
				pendingSpace = true;
			}
		}
		return canonical.toString().toUpperCase(Locale.ROOT);
	}

	private static final java.util.Set<String> AFFIXES = java.util.Set.of("JR", "SR", "II", "III", "IV", "MR", "MRS",
			"MS", "MISS", "DR", "PHD", "MD", "ESQ");

	/**
	 * The folded form names are compared and hashed in: accents removed, upper-cased,
	 * titles, suffixes and middle names or initials dropped, so that
	 * {@code Zoë Q. Smith}, {@code ZOE SMITH} and {@code Smith, Zoe} (once in first-last
	 * order) are equal.
	 * @param name the clear name in first-last order
	 * @return {@code FIRST LAST}, or the canonical form when fewer than two words remain
	 */
	static String folded(CharSequence name) {
		String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String[] words = canonical(plain).split(" ");
		String first = null;
		String last = null;
		for (String word : words) {
			if (word.length() < 2 || AFFIXES.contains(word)) {
				continue;
			}
			if (first == null) {
				first = word;
			}
			else {
				last = word;
			}
		}
		if (first == null) {
			return canonical(plain);
		}
		return (last != null) ? first + ' ' + last : first;
	}

	/**
	 * A name written {@code LAST, FIRST [MIDDLE]} turned to {@code FIRST [MIDDLE] LAST};
	 * other names unchanged.
	 * @param name the clear name
	 * @return the name in first-last order
	 */
	static String firstLast(String name) {
		int comma = name.indexOf(',');
		if (comma <= 0 || comma != name.lastIndexOf(',') || comma == name.length() - 1) {
			return name;
		}
		String last = name.substring(0, comma).strip();
		String first = name.substring(comma + 1).strip();
		if (first.isEmpty() || last.isEmpty() || first.matches("(?i)(jr|sr|ii|iii|iv)\\.?")) {
			return name;
		}
		return first + " " + last;
	}

	/**
	 * Whether a field looks like a person's name: two to six words of letters and at most
	 * a few other characters, no digits.
	 * @param name the clear field
	 * @return whether it may be a name
	 */
	static boolean plausibleName(CharSequence name) {
		int letters = 0;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isDigit(c) || c == '@') {
				return false;
			}
			if (Character.isLetter(c)) {
				letters++;
			}
		}
		if (letters < 2) {
			return false;
		}
		String canonical = canonical(name);
		int words = canonical.isEmpty() ? 0 : canonical.split(" ").length;
		return words >= 1 && words <= 6;
	}

}
