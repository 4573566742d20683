package com.breachimpact.classification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.breachimpact.protection.Masking;

/**
 * Recognizes bank account numbers in free text: the first run of 4 to 17 digits (single
 * dashes or spaces between digits allowed) within a short window after a context word
 * ("account", "acct", "acct no", "a/c", "DDA", "checking", "savings"). Amounts, dates and
 * numbers introduced as routing, phone or social security numbers are skipped. Findings
 * carry {@link SensitiveCategory#BANK_ACCOUNT} with the digits as canonical value. A
 * valid ABA routing number introduced as such within a window around the account is
 * reported as {@link SensitiveCategory#ROUTING_NUMBER}.
 */
public final class BankAccountRecognizer implements SensitiveDataRecognizer {

	private static final ContextWords KEYWORDS = ContextWords.of("account", "accounts", "acct", "acct.", "a/c", "dda",
			"checking", "savings");

	private static final int WINDOW = 32;

	private static final int ROUTING_WINDOW = 80;

	private static final ContextWords NEGATIVE = ContextWords.of("routing", "aba", "rtn", "transit", "phone", "tel",
			"fax", "ssn", "social", "zip", "balance", "amount", "total", "date", "card", "pin");

	private static final ContextWords NUMBER_WORDS = ContextWords.of("number", "no", "nbr", "num", "#");

	private static final ContextWords ROUTING_WORDS = ContextWords.of("routing", "aba", "rtn", "transit", "r/t");

	private static final Pattern NINE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{9}(?![0-9])");

	private final FindingEmitter emitter;

	/**
	 * A recognizer.
	 * @param emitter hashes values and applies the confidence floor
	 */
	public BankAccountRecognizer(FindingEmitter emitter) {
		this.emitter = emitter;
	}

	@Override
	public void scan(ScanText text, FindingSink sink) {
		CharSequence chars = text.text();
		int[] keywordEnd = new int[1];
		int lastAccountStart = -1;
		int keywordStart;
		int next = 0;
		while ((keywordStart = KEYWORDS.find(chars, next, chars.length(), keywordEnd)) >= 0) {
			int from = keywordEnd[0];
			next = from;
			int limit = Math.min(chars.length(), from + WINDOW);
			int start = firstDigit(chars, from, limit);
			if (start < 0 || start <= lastAccountStart) {
				continue;
			}
			int end = endOfRun(chars, start);
			String digits = Checksums.digitsOf(chars.subSequence(start, end));
			if (digits.length() < 4 || digits.length() > 17 || looksLikeAmountOrDate(chars, start, end)
					|| DateOfBirthRecognizer.hasDateShape(chars.subSequence(start, end))
					|| NEGATIVE.foundIn(chars, from, start) || Checksums.allSame(digits)) {
				continue;
			}
			lastAccountStart = start;
			double confidence = 0.6;
			if (NUMBER_WORDS.foundIn(chars, from, start) || colonBetween(chars, from, start)) {
				confidence += 0.15;
			}
			if (digits.length() >= 8) {
				confidence += 0.1;
			}
			if (digits.length() < 6) {
				confidence -= 0.2;
			}
			if (this.emitter.emit(sink, text, SensitiveCategory.BANK_ACCOUNT, digits, Masking.lastFour(digits), start,
					confidence, null)) {
				reportRouting(text, sink, keywordStart, end);
			}
		}
	}

	private void reportRouting(ScanText text, FindingSink sink, int accountStart, int accountEnd) {
		CharSequence chars = text.text();
		int from = Math.max(0, accountStart - ROUTING_WINDOW);
		int to = Math.min(chars.length(), accountEnd + ROUTING_WINDOW);
		Matcher nine = NINE_DIGITS.matcher(chars).region(from, to);
		nine.useTransparentBounds(true);
		while (nine.find()) {
			String digits = nine.group();
			if (Checksums.abaRouting(digits) && ROUTING_WORDS.near(chars, nine.start(), nine.end(), 24, 0)) {
				this.emitter.emit(sink, text, SensitiveCategory.ROUTING_NUMBER, digits, Masking.lastFour(digits),
						nine.start(), 0.9, null);
				return;
			}
		}
	}

	private static int firstDigit(CharSequence chars, int from, int limit) {
		for (int i = from; i < limit; i++) {
			char c = chars.charAt(i);
			if (c >= '0' && c <= '9') {
				return i;
			}
			if (c == '\n' && i > from + 2) {
				return -1;
			}
		}
		return -1;
	}

	private static int endOfRun(CharSequence chars, int start) {
		int i = start;
		int length = chars.length();
		int digits = 0;
		while (i < length && digits <= 17) {
			char c = chars.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
				i++;
			}
			else if ((c == '-' || c == ' ') && i + 1 < length && isDigit(chars.charAt(i + 1))) {
				i++;
			}
			else {
				break;
			}
		}
		return i;
	}

	private static boolean looksLikeAmountOrDate(CharSequence chars, int start, int end) {
		if (start > 0) {
			char before = chars.charAt(start - 1);
			if (before == '$' || before == '.' || before == ',' || before == '/' || before == '-') {
				return true;
			}
		}
		if (end < chars.length()) {
			char after = chars.charAt(end);
			if ((after == '.' || after == ',' || after == '/' || after == ':') && end + 1 < chars.length()
					&& isDigit(chars.charAt(end + 1))) {
				return true;
			}
			if (Character.isLetter(after)) {
				return true;
			}
		}
		return false;
	}

	private static boolean colonBetween(CharSequence chars, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = chars.charAt(i);
			if (c == ':' || c == '#' || c == '=') {
				return true;
			}
		}
		return false;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
