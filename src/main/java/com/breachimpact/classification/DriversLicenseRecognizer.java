package com.breachimpact.classification;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.breachimpact.protection.Masking;

/**
 * Recognizes US driver's licence and state ID numbers next to a label ("driver's
 * license", "DL #", "state ID", ...): the first token of 5 to 20 letters and digits with
 * at least four digits within a short window after the label. US numbers have no common
 * shape (each state has its own), so a number is never taken without its label. Findings
 * carry {@link SensitiveCategory#DRIVERS_LICENSE} with the number upper-cased, without
 * separators, as canonical value.
 */
public final class DriversLicenseRecognizer implements SensitiveDataRecognizer {

	private static final ContextWords LABELS = ContextWords.of("driver's license", "drivers license", "driver license",
			"driver's licence", "drivers licence", "driver licence", "driver lic", "dl#", "dl #", "dl no", "dl number",
			"dl:", "state id", "state identification", "operator's license", "dln");

	private static final Pattern NUMBER = Pattern.compile(
			"[\\s.:#=]{0,4}(?:(?:no|number|num|nbr)\\b\\.?)?[\\s.:#=]{0,4}(?:\\(?[A-Z]{2}\\)?(?:\\s*[:-]\\s*|\\s+))?([A-Za-z0-9][A-Za-z0-9 -]{3,22})");

	private static final int WINDOW = 40;

	private final FindingEmitter emitter;

	/**
	 * A recognizer.
	 * @param emitter hashes values and applies the confidence floor
	 */
	public DriversLicenseRecognizer(FindingEmitter emitter) {
		this.emitter = emitter;
	}

	@Override
	public void scan(ScanText text, FindingSink sink) {
		CharSequence chars = text.text();
		Matcher number = NUMBER.matcher(chars);
		int[] labelEnd = new int[1];
		int next = 0;
		while (LABELS.find(chars, next, chars.length(), labelEnd) >= 0) {
			int from = labelEnd[0];
			next = from;
			number.region(from, Math.min(chars.length(), from + WINDOW));
			if (!number.lookingAt()) {
				continue;
			}
			String token = firstToken(number.group(1));
			String canonical = token.replace("-", "").toUpperCase(Locale.ROOT);
			if (plausibleNumber(canonical)) {
				this.emitter.emit(sink, text, SensitiveCategory.DRIVERS_LICENSE, canonical, Masking.lastFour(canonical),
						number.start(1), 0.8, null);
				next = number.start(1) + token.length();
			}
		}
	}

	/**
	 * Whether a value (separators removed) may be a US licence or state ID number: 5 to
	 * 20 letters and digits, at least four digits, not all the same digit.
	 * @param number the value, upper-cased, without separators
	 * @return whether it may be one
	 */
	public static boolean plausibleNumber(String number) {
		if (number.length() < 5 || number.length() > 20) {
			return false;
		}
		int digits = 0;
		for (int i = 0; i < number.length(); i++) {
			char c = number.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
			}
			else if (c < 'A' || c > 'Z') {
				return false;
			}
		}
		return digits >= 4 && !Checksums.allSame(number);
	}

	private static String firstToken(String value) {
		// "D123-456-789 exp 2027": keep the number, not the words after it
		String[] words = value.strip().split(" ");
		StringBuilder token = new StringBuilder(words[0]);
		for (int i = 1; i < words.length && words[i].chars().allMatch(Character::isDigit); i++) {
			token.append(words[i]);
		}
		return token.toString();
	}

}
