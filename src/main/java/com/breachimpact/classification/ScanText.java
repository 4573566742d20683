package com.breachimpact.classification;

import java.util.Arrays;

/**
 * Text being scanned, with a line index built on first use so that the line of an offset
 * is found by binary search. Not thread-safe: one per scan.
 */
public final class ScanText {

	private final CharSequence text;

	private int[] lineStarts;

	private int lineCount;

	private ScanText(CharSequence text) {
		this.text = text;
	}

	/**
	 * Wrap a text.
	 * @param text the text, not {@code null}
	 * @return the scan text
	 */
	public static ScanText of(CharSequence text) {
		return new ScanText(text);
	}

	/**
	 * The wrapped text.
	 * @return the text
	 */
	public CharSequence text() {
		return this.text;
	}

	/**
	 * The length of the text.
	 * @return the number of chars
	 */
	public int length() {
		return this.text.length();
	}

	/**
	 * The 1-based line an offset lies on; lines end at {@code \n}.
	 * @param offset a char offset, clamped to the text
	 * @return the line number
	 */
	public int lineOf(long offset) {
		if (this.lineStarts == null) {
			indexLines();
		}
		int target = (int) Math.max(0, Math.min(offset, this.text.length()));
		int found = Arrays.binarySearch(this.lineStarts, 0, this.lineCount, target);
		return (found >= 0) ? found + 1 : -found - 1;
	}

	private void indexLines() {
		int[] starts = new int[64];
		int count = 0;
		starts[count++] = 0;
		CharSequence chars = this.text;
		int length = chars.length();
		for (int i = 0; i < length; i++) {
			if (chars.charAt(i) == '\n') {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		this.lineStarts = starts;
		this.lineCount = count;
	}

	/**
	 * Whether a prefix stands in a text at a position, exactly (case sensitive);
	 * {@code false} when the text ends before the prefix does.
	 * @param chars the text
	 * @param at the position
	 * @param prefix the prefix
	 * @return whether the text holds the prefix at that position
	 */
	static boolean startsWith(CharSequence chars, int at, String prefix) {
		if (at + prefix.length() > chars.length()) {
			return false;
		}
		for (int k = 0; k < prefix.length(); k++) {
			if (chars.charAt(at + k) != prefix.charAt(k)) {
				return false;
			}
		}
		return true;
	}

}
