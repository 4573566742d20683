package com.breachimpact.report;

/**
 * Makes text safe for XML, HTML and PDF output: every character that XML 1.0 forbids (C0
 * controls other than tab, line feed and carriage return; lone surrogates; {@code U+FFFE}
 * and {@code U+FFFF}), and the C1 controls and {@code DEL} that a reader would not see,
 * become a visible escape such as {@code \u0001}. The raw text stays in the database and
 * the ledger; only what a person or a renderer reads is changed.
 */
public final class MarkupSafeText {

	private MarkupSafeText() {
	}

	/**
	 * The text with every unsafe character replaced by its visible escape.
	 * @param text the text, or {@code null}
	 * @return the safe text ({@code null} for {@code null}); the same instance when
	 * nothing needed replacing
	 */
	public static String visible(String text) {
		if (text == null || isSafe(text)) {
			return text;
		}
		StringBuilder safe = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				safe.append(c).append(text.charAt(++i));
			}
			else if (unsafe(c)) {
				safe.append(String.format("\\u%04x", (int) c));
			}
			else {
				safe.append(c);
			}
		}
		return safe.toString();
	}

	private static boolean isSafe(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isSurrogate(c) || unsafe(c)) {
				return false;
			}
		}
		return true;
	}

	private static boolean unsafe(char c) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return false;
		}
		return c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c) || c == 0xfffe || c == 0xffff;
	}

}
