package com.breachimpact.classification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.breachimpact.protection.Masking;

/**
 * Recognizes formatted North American (NANP) phone numbers: {@code (212) 555-1234},
 * {@code 212-555-1234}, {@code 212.555.1234}, {@code +1 212 555 1234}. Unformatted
 * ten-digit runs are not taken. Area codes must start with 2-9, must not be N11 or N9X
 * (reserved) nor 37X/96X; exchange codes must start with 2-9 and not be N11; 555-0100 to
 * 555-0199 (fictional) are rejected. A phone context word raises confidence, words such
 * as "account" or "order" lower it. Findings carry
 * {@link SensitiveCategory#PHONE_NUMBER}; the canonical value is the ten digits.
 */
public final class PhoneNumberRecognizer implements SensitiveDataRecognizer {

	private static final Pattern PHONE = Pattern.compile("(?<![0-9])(?<![0-9][-. ])(?:\\+?1[-. ]?)?"
			+ "(?:\\(([0-9]{3})\\)[ ]?|([0-9]{3})[-. ])([0-9]{3})[-. ]([0-9]{4})(?![0-9]|[-.][0-9])");

	private static final ContextWords CONTEXT = ContextWords.of("phone", "tel", "telephone", "cell", "mobile", "fax",
			"home", "work", "contact", "call", "ph", "ph#", "phone#");

	private static final ContextWords NEGATIVE = ContextWords.of("account", "acct", "routing", "ssn", "order",
			"invoice", "isbn", "serial", "reference", "ref", "case");

	private final FindingEmitter emitter;

	/**
	 * A recognizer.
	 * @param emitter hashes values and applies the confidence floor
	 */
	public PhoneNumberRecognizer(FindingEmitter emitter) {
		this.emitter = emitter;
	}

	@Override
	public void scan(ScanText text, FindingSink sink) {
		CharSequence chars = text.text();
		Matcher matcher = PHONE.matcher(chars);
		DigitClusters.forEachMatch(chars, matcher, 10, 3, () -> report(text, sink, matcher));
	}

	private void report(ScanText text, FindingSink sink, Matcher matcher) {
		CharSequence chars = text.text();
		String area = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
		String digits = area + matcher.group(3) + matcher.group(4);
		if (!isValid(digits)) {
			return;
		}
		double confidence = 0.6;
		if (CONTEXT.near(chars, matcher.start(), matcher.end(), 32, 8)) {
			confidence += 0.3;
		}
		if (NEGATIVE.near(chars, matcher.start(), matcher.end(), 32, 0)) {
			confidence -= 0.3;
		}
		this.emitter.emit(sink, text, SensitiveCategory.PHONE_NUMBER, digits, Masking.lastFour(digits), matcher.start(),
				confidence, null);
	}

	/**
	 * Whether ten digits form a dialable NANP number under the area and exchange code
	 * rules.
	 * @param digits the ten digits
	 * @return whether the number is valid
	 */
	public static boolean isValid(String digits) {
		if (digits.length() != 10) {
			return false;
		}
		for (int i = 0; i < 10; i++) {
			if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
				return false;
			}
		}
		char a1 = digits.charAt(0);
		char a2 = digits.charAt(1);
		char a3 = digits.charAt(2);
		if (a1 < '2' || a2 == '9' || (a2 == '1' && a3 == '1') || (a1 == '3' && a2 == '7') || (a1 == '9' && a2 == '6')) {
			return false;
		}
		char e1 = digits.charAt(3);
		if (e1 < '2' || (digits.charAt(4) == '1' && digits.charAt(5) == '1')) {
			return false;
		}
		boolean fictional = digits.startsWith("555", 3) && digits.startsWith("01", 6);
		return !fictional && !Checksums.allSame(digits);
	}

}
