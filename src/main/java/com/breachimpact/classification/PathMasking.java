package com.breachimpact.classification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.breachimpact.protection.Masking;

/**
 * Masks what looks like an SSN or a payment card number in a path before it is shown
 * (ledger, file lists, reports, review files): {@code letters/123-45-6789.pdf} becomes
 * {@code letters/*****6789.pdf}. The SHA-256 next to a path identifies the file; the
 * database keeps the real path, which the scan needs to read the file.
 * <p>
 * Masked: three, two and four digits separated by {@code -}, {@code _}, {@code .} or a
 * space that form a plausible SSN; nine digits in a row that form a plausible SSN; 13 to
 * 19 digits (in groups separated by single spaces or dashes) that pass the Luhn check.
 */
public final class PathMasking {

	private static final Pattern SSN = Pattern.compile("(?<![0-9])([0-9]{3})([-_. ]?)([0-9]{2})\\2([0-9]{4})(?![0-9])");

	private static final Pattern CARD = Pattern.compile("(?<![0-9])[0-9](?:[- ]?[0-9]){12,18}(?![0-9])");

	private PathMasking() {
	}

	/**
	 * The path to show.
	 * @param path a ledger path, or {@code null}
	 * @return the path with SSN- and card-like numbers masked
	 */
	public static String mask(String path) {
		if (path == null || !hasDigitRun(path)) {
			return path;
		}
		String result = replace(CARD.matcher(path), true);
		return replace(SSN.matcher(result), false);
	}

	private static String replace(Matcher matcher, boolean card) {
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String digits = matcher.group().replaceAll("[^0-9]", "");
			boolean sensitive = card ? Checksums.luhn(digits) : SsnRecognizer.isValid(digits);
			matcher.appendReplacement(result,
					Matcher.quoteReplacement(sensitive ? Masking.lastFour(digits) : matcher.group()));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	private static boolean hasDigitRun(String path) {
		int digits = 0;
		for (int i = 0; i < path.length(); i++) {
			if (Character.isDigit(path.charAt(i))) {
				if (++digits >= 9) {
					return true;
				}
			}
		}
		return false;
	}

}
