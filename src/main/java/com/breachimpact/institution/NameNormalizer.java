package com.breachimpact.institution;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Normal form of institution names and of the text they are searched in: upper case
 * folded to lower case, accents stripped (canonical decomposition, NFD, then combining
 * diacritical marks dropped), and every run of characters that are neither letters nor
 * digits (punctuation, symbols, white space) turned into a single space, with no space at
 * either end. {@code "Crédit  Agricole, S.A."} becomes {@code "credit agricole s a"}.
 * <p>
 * The folding is decided per UTF-16 character from a table built once, so that the
 * {@link NameAutomaton} can fold text on the fly exactly as this class folds names. A
 * character whose decomposition keeps more than one base character keeps itself
 * (lower-cased). Surrogates and the marks of scripts other than Latin, Greek and Cyrillic
 * count as letters; format characters (e.g. soft hyphen, zero-width joiner) are dropped
 * like diacritical marks. Instances are not needed: the class is a set of static
 * functions.
 */
public final class NameNormalizer {

	/** The folded form of a character that is dropped. */
	static final char DROPPED = '\uFFFF';

	/** The folded form of a separator. */
	static final char SEPARATOR = ' ';

	private static final char[] FOLD = buildFoldTable();

	private NameNormalizer() {
	}

	/**
	 * The folded form of one character: a lower-case letter or digit, {@link #SEPARATOR}
	 * for a character that separates words, or {@link #DROPPED} for a combining mark or
	 * format character.
	 * @param c the character
	 * @return its folded form
	 */
	public static char fold(char c) {
		return FOLD[c];
	}

	/**
	 * Normalize a text, keeping the offset of every normalized character in it.
	 * @param text the text
	 * @return the normalized text and its offset map
	 */
	public static NormalizedText normalize(CharSequence text) {
		int n = text.length();
		char[] out = new char[n];
		int[] offsets = new int[n + 1];
		int length = 0;
		boolean pendingSeparator = false;
		for (int i = 0; i < n; i++) {
			char f = FOLD[text.charAt(i)];
			if (f == DROPPED) {
				continue;
			}
			if (f == SEPARATOR) {
				pendingSeparator = length > 0;
				continue;
			}
			if (pendingSeparator) {
				offsets[length] = i - 1;
				out[length++] = SEPARATOR;
				pendingSeparator = false;
			}
			offsets[length] = i;
			out[length++] = f;
		}
		offsets[length] = n;
		return new NormalizedText(new String(out, 0, length), Arrays.copyOf(offsets, length + 1), n);
	}

	/**
	 * Normalize a name.
	 * @param name the name
	 * @return its normal form, empty when it holds no letter or digit
	 */
	public static String normalizeName(CharSequence name) {
		return normalize(name).text();
	}

	private static char[] buildFoldTable() {
		char[] table = new char[65536];
		for (int i = 0; i < table.length; i++) {
			table[i] = computeFold((char) i);
		}
		return table;
	}

	private static char computeFold(char c) {
		if (Character.isSurrogate(c)) {
			return c;
		}
		if (c == DROPPED) {
			return SEPARATOR;
		}
		int type = Character.getType(c);
		if (type == Character.FORMAT || isDiacritic(c)) {
			return DROPPED;
		}
		if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK) {
			return c; // vowel signs, viramas, kana voicing marks: part of the word
		}
		char base = c;
		if (c >= 128) {
			String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			StringBuilder kept = new StringBuilder(decomposed.length());
			for (int i = 0; i < decomposed.length(); i++) {
				char d = decomposed.charAt(i);
				if (!isDiacritic(d)) {
					kept.append(d);
				}
			}
			if (kept.length() == 1) {
				base = kept.charAt(0);
			}
		}
		char lower = Character.toLowerCase(base);
		if (Character.isLetterOrDigit(lower) && lower != DROPPED) {
			return lower;
		}
		return SEPARATOR;
	}

	/**
	 * Whether a character is a combining diacritical mark (accents of the Latin, Greek
	 * and Cyrillic scripts): the marks stripped by normalization. Marks of other scripts
	 * (e.g. the Japanese voicing mark) change the letter and stay.
	 */
	private static boolean isDiacritic(char c) {
		return (c >= '̀' && c <= 'ͯ') || (c >= '᪰' && c <= '᫿') || (c >= '᷀' && c <= '᷿') || (c >= '⃐' && c <= '⃿')
				|| (c >= '︠' && c <= '︯');
	}

	/**
	 * A normalized text with the way back to the text it came from.
	 */
	public static final class NormalizedText {

		private final String text;

		private final int[] offsets;

		private final int originalLength;

		NormalizedText(String text, int[] offsets, int originalLength) {
			this.text = text;
			this.offsets = offsets;
			this.originalLength = originalLength;
		}

		/**
		 * The normalized text.
		 * @return the text
		 */
		public String text() {
			return this.text;
		}

		/**
		 * The offset in the original text of a normalized character: for a letter or
		 * digit the character it was folded from, for a space the last separator of the
		 * run it stands for.
		 * @param index an index in {@code [0, text().length()]}; the length maps to the
		 * original length
		 * @return the original offset
		 */
		public int originalOffset(int index) {
			if (index < 0 || index > this.text.length()) {
				throw new IndexOutOfBoundsException(index);
			}
			return this.offsets[index];
		}

		/**
		 * The original end offset (exclusive) of a normalized range ending at
		 * {@code end}: just after the original character of its last normalized
		 * character.
		 * @param end the normalized end, exclusive, in {@code [1, text().length()]}
		 * @return the original end offset
		 */
		public int originalEnd(int end) {
			if (end <= 0 || end > this.text.length()) {
				throw new IndexOutOfBoundsException(end);
			}
			return this.offsets[end - 1] + 1;
		}

		/**
		 * The length of the text this was normalized from.
		 * @return the original length
		 */
		public int originalLength() {
			return this.originalLength;
		}

		@Override
		public String toString() {
			return this.text;
		}

	}

}
