package com.breachimpact.classification;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.breachimpact.protection.Masking;

/**
 * Recognizes payment card numbers (PANs): 13 to 19 digits, either unbroken or in the
 * usual groups of four (or 4-6-5 and 4-6-4) with one kind of separator, that pass the
 * Luhn check and the prefix and length rules of a card issuer. Numbers of one repeated
 * digit are rejected; well-known test numbers are rejected unless a card context word is
 * near. Findings carry {@link SensitiveCategory#PAYMENT_CARD}; the canonical value is the
 * digits.
 */
public final class PaymentCardRecognizer implements SensitiveDataRecognizer {

	private static final Pattern CANDIDATE = Pattern
		.compile("(?<![0-9])(?<![0-9][ -])[0-9](?:[ -]?[0-9]){12,18}(?![0-9]|[ -][0-9])");

	/** Test numbers published by card networks and payment processors. */
	private static final Set<String> TEST_NUMBERS = Set.of("4111111111111111", "4012888888881881", "4222222222222",
			"4242424242424242", "4000056655665556", "4000000000000002", "4012000033330026", "5555555555554444",
			"5105105105105100", "5200828282828210", "2223003122003222", "378282246310005", "371449635398431",
			"378734493671000", "6011111111111117", "6011000990139424", "6011000400000000", "3530111333300000",
			"3566002020360505", "30569309025904", "38520000023237", "36227206271667", "6200000000000005");

	static final ContextWords CONTEXT = ContextWords.of("card", "credit", "debit", "visa", "mastercard", "master card",
			"amex", "american express", "discover", "jcb", "diners", "unionpay", "cc", "ccn", "cc#", "pan",
			"cardholder", "exp", "expiry", "expiration", "cvv", "cvc");

	private static final ContextWords NEGATIVE = ContextWords.of("order", "invoice", "tracking", "isbn", "serial",
			"reference", "ref", "confirmation", "transaction id", "phone", "tel");

	private final FindingEmitter emitter;

	/**
	 * A recognizer.
	 * @param emitter hashes values and applies the confidence floor
	 */
	public PaymentCardRecognizer(FindingEmitter emitter) {
		this.emitter = emitter;
	}

	@Override
	public void scan(ScanText text, FindingSink sink) {
		CharSequence chars = text.text();
		Matcher matcher = CANDIDATE.matcher(chars);
		DigitClusters.forEachMatch(chars, matcher, 13, 2, () -> report(text, sink, matcher));
	}

	private void report(ScanText text, FindingSink sink, Matcher matcher) {
		CharSequence chars = text.text();
		String candidate = matcher.group();
		if (!standardGrouping(candidate)) {
			return;
		}
		String digits = Checksums.digitsOf(candidate);
		if (!isValid(digits)) {
			return;
		}
		boolean context = CONTEXT.near(chars, matcher.start(), matcher.end(), 48, 24);
		double confidence;
		if (TEST_NUMBERS.contains(digits)) {
			if (!context) {
				return;
			}
			confidence = 0.55;
		}
		else {
			confidence = ((candidate.length() == digits.length()) ? 0.6 : 0.7) + (context ? 0.3 : 0.0);
			if (NEGATIVE.near(chars, matcher.start(), matcher.end(), 32, 0)) {
				confidence -= 0.25;
			}
		}
		this.emitter.emit(sink, text, SensitiveCategory.PAYMENT_CARD, digits, Masking.lastFour(digits), matcher.start(),
				confidence, null);
	}

	/**
	 * Whether digits form a plausible PAN: Luhn, an issuer's prefix and length, and not
	 * one repeated digit. Test numbers pass (see {@link #isTestNumber}).
	 * @param digits the digits, separators removed
	 * @return whether the number is plausible
	 */
	public static boolean isValid(String digits) {
		int length = digits.length();
		if (length < 13 || length > 19 || Checksums.allSame(digits) || !issuerAccepts(digits)) {
			return false;
		}
		return Checksums.luhn(digits);
	}

	/**
	 * Whether digits are a well-known test card number.
	 * @param digits the digits
	 * @return whether it is a published test number
	 */
	public static boolean isTestNumber(String digits) {
		return TEST_NUMBERS.contains(digits);
	}

	/**
	 * Whether the prefix and length of a number match one card issuer's rules.
	 * @param digits ASCII digits
	 * @return whether an issuer issues such numbers
	 */
	static boolean issuerAccepts(String digits) {
		int length = digits.length();
		if (length < 13) {
			return false;
		}
		int p1 = digits.charAt(0) - '0';
		int p2 = prefix(digits, 2);
		int p3 = prefix(digits, 3);
		int p4 = prefix(digits, 4);
		int p6 = prefix(digits, 6);
		if (p1 == 4) {
			return length == 13 || length == 16 || length == 19;
		}
		if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
			return length == 16;
		}
		if (p2 == 34 || p2 == 37) {
			return length == 15;
		}
		boolean sixteenToNineteen = length >= 16 && length <= 19;
		if (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65 || (p6 >= 622126 && p6 <= 622925)) {
			return sixteenToNineteen;
		}
		if (p4 >= 3528 && p4 <= 3589) {
			return sixteenToNineteen;
		}
		if ((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39) {
			return length >= 14 && length <= 19;
		}
		if (p2 == 62) {
			return sixteenToNineteen;
		}
		return false;
	}

	private static int prefix(String digits, int count) {
		return Integer.parseInt(digits, 0, count, 10);
	}

	/**
	 * Whether a candidate is unbroken digits, or groups split by one kind of separator:
	 * all of four digits but the last (one to four digits), or 4-6-5 / 4-6-4.
	 * @param candidate the matched text
	 * @return whether the grouping is one cards are written in
	 */
	static boolean standardGrouping(CharSequence candidate) {
		char separator = 0;
		int groups = 0;
		int[] sizes = new int[20];
		int size = 0;
		for (int i = 0; i < candidate.length(); i++) {
			char c = candidate.charAt(i);
			if (c >= '0' && c <= '9') {
				size++;
				continue;
			}
			if (separator == 0) {
				separator = c;
			}
			else if (separator != c) {
				return false;
			}
			sizes[groups++] = size;
			size = 0;
		}
		sizes[groups++] = size;
		if (groups == 1) {
			return true;
		}
		if (groups == 3 && sizes[0] == 4 && sizes[1] == 6 && (sizes[2] == 5 || sizes[2] == 4)) {
			return true;
		}
		for (int g = 0; g < groups - 1; g++) {
			if (sizes[g] != 4) {
				return false;
			}
		}
		return sizes[groups - 1] >= 1 && sizes[groups - 1] <= 4;
	}

}
