package com.breachimpact.classification;

import java.util.regex.Matcher;

/**
 * Finds clusters of digits and the separators written between them
 * ({@code space - . / ( ) +}, at most two in a row), so that the number recognizers run
 * their patterns only where enough digits are. A tight loop over chars: text without
 * digits costs one comparison per char.
 */
final class DigitClusters {

	private DigitClusters() {
	}

	/**
	 * Run {@code matcher.find()} over every cluster of at least {@code minDigits} digits,
	 * widened by {@code margin} chars on both sides, with transparent bounds so
	 * look-arounds see the text outside; calls {@code onMatch} for each match.
	 * @param text the text
	 * @param matcher a matcher over that text
	 * @param minDigits the fewest digits a match can have
	 * @param margin chars of non-digit prefix or suffix a match may have
	 * @param onMatch called with the matcher positioned on a match
	 */
	static void forEachMatch(CharSequence text, Matcher matcher, int minDigits, int margin, Runnable onMatch) {
		matcher.useTransparentBounds(true);
		int length = text.length();
		int i = 0;
		int lastMatchEnd = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				i++;
				continue;
			}
			int start = i;
			int digits = 0;
			int separators = 0;
			int end = i;
			while (i < length) {
				c = text.charAt(i);
				if (c >= '0' && c <= '9') {
					digits++;
					separators = 0;
					i++;
					end = i;
				}
				else if (separators < 2
						&& (c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '+')) {
					separators++;
					i++;
				}
				else {
					break;
				}
			}
			if (digits >= minDigits) {
				int from = Math.max(lastMatchEnd, Math.max(0, start - margin));
				matcher.region(from, Math.min(length, end + margin));
				while (matcher.find()) {
					lastMatchEnd = matcher.end();
					onMatch.run();
				}
			}
			if (i == start) {
				i++;
			}
		}
	}

}
