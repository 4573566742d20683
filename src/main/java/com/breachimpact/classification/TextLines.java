package com.breachimpact.classification;

import java.util.Arrays;

/**
 * The line starts of a text ({@code \n} ends a line; a {@code \r} before it is not part
 * of the line), for readers that look ahead.
 */
final class TextLines {

	private final CharSequence text;

	private final int[] starts;

	private final int count;

	TextLines(CharSequence text) {
		this.text = text;
		int[] found = new int[64];
		int n = 0;
		found[n++] = 0;
		int length = text.length();
		for (int i = nextBreak(text, 0); i >= 0 && i + 1 < length; i = nextBreak(text, i + 1)) {
			if (n == found.length) {
				found = Arrays.copyOf(found, n * 2);
			}
			found[n++] = i + 1;
		}
		this.starts = found;
		this.count = (text.length() == 0) ? 0 : n;
	}

	/**
	 * The next {@code \n} from a position, -1 when none (a String is searched in bulk).
	 */
	private static int nextBreak(CharSequence text, int from) {
		if (text instanceof String string) {
			return string.indexOf('\n', from);
		}
		for (int i = from; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				return i;
			}
		}
		return -1;
	}

	int count() {
		return this.count;
	}

	int start(int line) {
		return this.starts[line];
	}

	/** The end of a line, its line break excluded. */
	int end(int line) {
		int end = (line + 1 < this.count) ? this.starts[line + 1] - 1 : this.text.length();
		while (end > this.starts[line] && (this.text.charAt(end - 1) == '\n' || this.text.charAt(end - 1) == '\r')) {
			end--;
		}
		return end;
	}

	String line(int line) {
		return this.text.subSequence(start(line), end(line)).toString();
	}

	boolean blank(int line) {
		for (int i = start(line); i < end(line); i++) {
			if (!Character.isWhitespace(this.text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

}
