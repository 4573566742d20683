package com.breachimpact.classification;

import java.util.List;
import java.util.Locale;

/**
 * A small set of context words looked for, case-insensitively and as whole words, in a
 * bounded window of text around a candidate value. The cost of a look-up is bounded by
 * the window size times the number of words.
 */
final class ContextWords {

	private final String[] words;

	private final boolean[] firstChars = new boolean[128];

	private ContextWords(String[] words) {
		this.words = words;
		for (String word : words) {
			char first = word.charAt(0);
			if (first < 128) {
				this.firstChars[first] = true;
				this.firstChars[Character.toUpperCase(first)] = true;
			}
		}
	}

	/**
	 * Context words.
	 * @param words the words or phrases, matched ignoring case
	 * @return the context words
	 */
	static ContextWords of(String... words) {
		String[] lower = new String[words.length];
		for (int i = 0; i < words.length; i++) {
			lower[i] = words[i].toLowerCase(Locale.ROOT);
		}
		return new ContextWords(lower);
	}

	/**
	 * The words, lower-cased.
	 * @return the words
	 */
	List<String> words() {
		return List.of(this.words);
	}

	/**
	 * Whether one of the words occurs in {@code [start - before, end + after)} of the
	 * text.
	 * @param text the text
	 * @param start start of the candidate value
	 * @param end end of the candidate value
	 * @param before chars looked at before the value
	 * @param after chars looked at after the value
	 * @return whether a word was found
	 */
	boolean near(CharSequence text, int start, int end, int before, int after) {
		return foundIn(text, Math.max(0, start - before), start)
				|| foundIn(text, end, Math.min(text.length(), end + after));
	}

	/**
	 * Whether one of the words occurs entirely within {@code [from, to)}.
	 * @param text the text
	 * @param from first char looked at
	 * @param to end of the range
	 * @return whether a word was found
	 */
	boolean foundIn(CharSequence text, int from, int to) {
		return indexIn(text, from, to) >= 0;
	}

	/**
	 * The end offset of the last word occurrence within {@code [from, to)}, or -1.
	 * @param text the text
	 * @param from first char looked at
	 * @param to end of the range
	 * @return end of the last occurrence found, or -1
	 */
	int lastEndIn(CharSequence text, int from, int to) {
		int lastEnd = -1;
		for (int i = Math.max(0, from); i < to; i++) {
			int end = matchAt(text, i, to);
			if (end > lastEnd) {
				lastEnd = end;
			}
		}
		return lastEnd;
	}

	/**
	 * Find the next whole-word occurrence of one of the words in {@code [from, to)}.
	 * @param text the text
	 * @param from first char looked at
	 * @param to end of the range
	 * @param end receives the end of the occurrence in {@code end[0]}
	 * @return the start of the occurrence, or -1
	 */
	int find(CharSequence text, int from, int to, int[] end) {
		for (int i = Math.max(0, from); i < to; i++) {
			int wordEnd = matchAt(text, i, to);
			if (wordEnd >= 0) {
				end[0] = wordEnd;
				return i;
			}
		}
		return -1;
	}

	private int indexIn(CharSequence text, int from, int to) {
		for (int i = Math.max(0, from); i < to; i++) {
			if (matchAt(text, i, to) >= 0) {
				return i;
			}
		}
		return -1;
	}

	private int matchAt(CharSequence text, int i, int to) {
		char c = text.charAt(i);
		if (c >= 128 || !this.firstChars[c]) {
			return -1;
		}
		if (i > 0 && isLetter(text.charAt(i - 1))) {
			return -1;
		}
		char first = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
		for (String word : this.words) {
			int end = i + word.length();
			if (word.charAt(0) != first || end > to) {
				continue;
			}
			if (regionMatches(text, i, word) && (end >= text.length() || !isLetter(text.charAt(end)))) {
				return end;
			}
		}
		return -1;
	}

	private static boolean isLetter(char c) {
		if (c < 128) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
		}
		return Character.isLetter(c);
	}

	private static boolean regionMatches(CharSequence text, int at, String word) {
		for (int k = 1; k < word.length(); k++) {
			if (Character.toLowerCase(text.charAt(at + k)) != word.charAt(k)) {
				return false;
			}
		}
		return true;
	}

}
