package com.breachimpact.classification;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.breachimpact.protection.Masking;

/**
 * Recognizes US social security numbers: {@code 123-45-6789}, {@code 123 45 6789} and,
 * only with a context word such as "SSN" or "social security" nearby, nine undashed
 * digits. Numbers the SSA never issues (area 000, 666 or 900-999, group 00, serial 0000),
 * numbers of one repeated digit and well-known sample numbers are rejected. Findings
 * carry {@link SensitiveCategory#SSN}; the canonical value is the nine digits.
 */
public final class SsnRecognizer implements SensitiveDataRecognizer {

	private static final Pattern CANDIDATE = Pattern
		.compile("(?<![0-9][- ])(?<![0-9])([0-9]{3})([- ]?)([0-9]{2})\\2([0-9]{4})(?![0-9]|-[0-9])");

	/** Numbers published as samples or in advertising, and plain digit sequences. */
	private static final Set<String> SAMPLE_NUMBERS = Set.of("078051120", "219099999", "123456789", "457555462",
			"012345678", "234567890", "111223333");

	static final ContextWords CONTEXT = ContextWords.of("ssn", "ssn#", "ss#", "ss no", "ss number", "social security",
			"soc sec", "socsec", "tin", "taxpayer id", "tax id", "social");

	private static final ContextWords NEGATIVE = ContextWords.of("routing", "aba", "rtn", "zip", "phone", "tel", "fax",
			"invoice", "order", "tracking", "isbn", "serial", "part", "sku");

	private final FindingEmitter emitter;

	/**
	 * A recognizer.
	 * @param emitter hashes values and applies the confidence floor
	 */
	public SsnRecognizer(FindingEmitter emitter) {
		this.emitter = emitter;
	}

	@Override
	public void scan(ScanText text, FindingSink sink) {
		CharSequence chars = text.text();
		Matcher matcher = CANDIDATE.matcher(chars);
		DigitClusters.forEachMatch(chars, matcher, 9, 2, () -> report(text, sink, matcher));
	}

	private void report(ScanText text, FindingSink sink, Matcher matcher) {
		CharSequence chars = text.text();
		String digits = matcher.group(1) + matcher.group(3) + matcher.group(4);
		if (!isValid(digits)) {
			return;
		}
		String separator = matcher.group(2);
		boolean context = CONTEXT.near(chars, matcher.start(), matcher.end(), 40, 16);
		double confidence;
		if (separator.isEmpty()) {
			if (!context) {
				return;
			}
			confidence = 0.75;
		}
		else {
			confidence = (separator.equals("-") ? 0.65 : 0.45) + (context ? 0.3 : 0.0);
		}
		if (NEGATIVE.near(chars, matcher.start(), matcher.end(), 24, 0)) {
			confidence -= 0.3;
		}
		this.emitter.emit(sink, text, SensitiveCategory.SSN, digits, Masking.lastFour(digits), matcher.start(),
				confidence, null);
	}

	/**
	 * Whether nine digits may be an issued SSN: format rules hold and the number is
	 * neither one repeated digit nor a well-known sample.
	 * @param digits the digits, separators removed
	 * @return whether the number is plausible
	 */
	public static boolean isValid(String digits) {
		if (digits.length() != 9) {
			return false;
		}
		for (int i = 0; i < 9; i++) {
			char c = digits.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		int area = Integer.parseInt(digits, 0, 3, 10);
		int group = Integer.parseInt(digits, 3, 5, 10);
		int serial = Integer.parseInt(digits, 5, 9, 10);
		if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) {
			return false;
		}
		return !Checksums.allSame(digits) && !SAMPLE_NUMBERS.contains(digits);
	}

}
