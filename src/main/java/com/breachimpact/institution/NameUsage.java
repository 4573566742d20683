package com.breachimpact.institution;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a mention of a name that is also an ordinary word (see
 * {@link CommonWords}) is used as a name. It is when it is
 * <ul>
 * <li>followed by an institution word: Bank, Bancorp, Bancshares, Financial, Trust,
 * Savings, Credit Union, Federal, FCU, N.A., FSB, Mutual, ... (any case);</li>
 * <li>the whole value of a field about an institution: a CSV (or tab, semicolon, bar
 * separated) cell whose column header, on the first line of the text, names a bank,
 * payee, beneficiary, institution, agent, RDFI or ODFI; or the value after such a label
 * and a colon or equals sign ({@code Bank: Heritage}); or an XML element whose tag names
 * one;</li>
 * <li>capitalised and within 32 characters of a banking term on the same line (bank,
 * routing, ABA, wire, ACH, SWIFT, BIC, IBAN, deposit, loan, payee, ...), even at the
 * start of a sentence;</li>
 * <li>capitalised (an initial capital followed by lower case) mid-sentence: something
 * other than a sentence end, colon, quote, bracket or bullet comes before it on its line,
 * it does not start a CSV cell, and its line is not a title-case heading (a line whose
 * words of three letters or more, at least two beside the mention, are all
 * capitalised).</li>
 * </ul>
 * Anything else, including a capitalised word at the start of a sentence or line, is the
 * ordinary word. Every check looks at most a few hundred characters around the mention.
 */
final class NameUsage {

	private static final int LINE_REACH = 300;

	private static final int TERM_REACH = 32;

	private static final Set<String> INSTITUTION_WORDS = Set.of("bank", "banks", "bancorp", "bancorporation",
			"bancshares", "bankshares", "banc", "bankcorp", "banking", "financial", "trust", "savings", "credit",
			"federal", "fcu", "cu", "na", "fsb", "ssb", "mutual", "national");

	private static final Set<String> BANKING_TERMS = Set.of("bank", "banks", "banking", "routing", "aba", "rtn",
			"swift", "bic", "iban", "wire", "wires", "ach", "rdfi", "odfi", "beneficiary", "payee", "correspondent",
			"deposit", "deposits", "loan", "loans", "lender", "teller", "branch", "mortgage", "checking", "remit",
			"remittance", "settlement");

	private static final String TERM_INITIALS = initials(BANKING_TERMS);

	private static final String[] FIELD_WORDS = { "bank", "payee", "beneficiary", "institution", "agent", "agt", "rdfi",
			"odfi", "lender", "correspondent", "fininstn", "credit union" };

	private NameUsage() {
	}

	private static String initials(Set<String> words) {
		StringBuilder initials = new StringBuilder();
		for (String word : words) {
			if (initials.indexOf(word.substring(0, 1)) < 0) {
				initials.append(word.charAt(0));
			}
		}
		return initials.toString();
	}

	/**
	 * Whether a mention is used as a name.
	 * @param text the text
	 * @param start the offset of the mention's first character
	 * @param end the offset just after its last letter or digit
	 * @param firstLine the first non-blank line of the text (a CSV header), or empty
	 * @return {@code true} when one of the rules of the class comment holds
	 */
	static boolean usedAsName(CharSequence text, int start, int end, String firstLine) {
		if (followedByInstitutionWord(text, end) || isField(text, start, end, firstLine)) {
			return true;
		}
		if (!Character.isUpperCase(text.charAt(start))) {
			return false;
		}
		if (bankingTermNear(text, start, end)) {
			return true;
		}
		return isCapitalisedWord(text, start, end) && isMidSentence(text, start) && !isHeading(text, start, end);
	}

	private static boolean followedByInstitutionWord(CharSequence text, int end) {
		int p = end;
		while (p < text.length() && p - end < 4 && (text.charAt(p) == ' ' || text.charAt(p) == ','
				|| text.charAt(p) == '-' || text.charAt(p) == '\u00A0')) {
			p++;
		}
		if (p == end) {
			return false;
		}
		String word = wordAt(text, p, 16);
		if (word == null) {
			return false;
		}
		if (word.equals("n")) {
			// N.A.
			String next = wordAt(text, skipSeparators(text, p + 1), 2);
			return "a".equals(next);
		}
		if (word.equals("credit")) {
			return "union".equals(wordAt(text, skipSeparators(text, p + word.length()), 8));
		}
		return INSTITUTION_WORDS.contains(word);
	}

	/**
	 * The lower-case ASCII word starting at {@code p}, or {@code null} if none or longer
	 * than {@code max}.
	 */
	private static String wordAt(CharSequence text, int p, int max) {
		int e = p;
		while (e < text.length() && e - p <= max && isAsciiLetter(text.charAt(e))) {
			e++;
		}
		if (e == p || e - p > max || (e < text.length() && Character.isLetterOrDigit(text.charAt(e)))) {
			return null;
		}
		return text.subSequence(p, e).toString().toLowerCase(Locale.ROOT);
	}

	private static int skipSeparators(CharSequence text, int from) {
		int p = from;
		while (p < text.length() && p - from < 3 && (text.charAt(p) == ' ' || text.charAt(p) == '.')) {
			p++;
		}
		return p;
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isField(CharSequence text, int start, int end, String firstLine) {
		int left = skipBack(text, start - 1);
		int right = skipForward(text, end);
		char before = (left < 0) ? '\n' : text.charAt(left);
		char after = (right >= text.length()) ? '\n' : text.charAt(right);
		if (isDelimiter(before) || before == '\n' || before == '\r') {
			if (!isDelimiter(after) && after != '\n' && after != '\r') {
				return false;
			}
			char delimiter = isDelimiter(before) ? before : after;
			if (!isDelimiter(delimiter) || firstLine.isEmpty()) {
				return false;
			}
			int column = columnOf(text, lineStart(text, start), start, delimiter);
			String header = cell(firstLine, column, delimiter);
			return header != null && namesInstitution(header) && !isFirstLine(text, start, firstLine);
		}
		if ((before == ':' || before == '=') && (isDelimiter(after) || after == '\n' || after == '\r')) {
			int labelEnd = left;
			int labelStart = labelEnd;
			while (labelStart > 0 && labelEnd - labelStart < 40 && text.charAt(labelStart - 1) != '\n'
					&& !isDelimiter(text.charAt(labelStart - 1))) {
				labelStart--;
			}
			return namesInstitution(text.subSequence(labelStart, labelEnd).toString());
		}
		if (before == '>' && after == '<') {
			int tagEnd = left;
			int tagStart = tagEnd - 1;
			while (tagStart >= 0 && tagEnd - tagStart < 64 && text.charAt(tagStart) != '<') {
				tagStart--;
			}
			return tagStart >= 0 && text.charAt(tagStart) == '<'
					&& namesInstitution(text.subSequence(tagStart + 1, tagEnd).toString());
		}
		return false;
	}

	private static boolean isFirstLine(CharSequence text, int start, String firstLine) {
		int lineStart = lineStart(text, start);
		return text.subSequence(lineStart, Math.min(text.length(), lineStart + firstLine.length()))
			.toString()
			.equals(firstLine);
	}

	private static boolean namesInstitution(String label) {
		String lower = label.toLowerCase(Locale.ROOT);
		for (String word : FIELD_WORDS) {
			if (lower.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static int skipBack(CharSequence text, int from) {
		int p = from;
		while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '"' || text.charAt(p) == '\'')) {
			p--;
		}
		return p;
	}

	private static int skipForward(CharSequence text, int from) {
		int p = from;
		while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '"' || text.charAt(p) == '\'')) {
			p++;
		}
		return p;
	}

	private static boolean isDelimiter(char c) {
		return c == ',' || c == '\t' || c == ';' || c == '|';
	}

	private static int lineStart(CharSequence text, int at) {
		int p = at;
		while (p > 0 && at - p < LINE_REACH && text.charAt(p - 1) != '\n') {
			p--;
		}
		return p;
	}

	/**
	 * The index of the cell that starts at {@code at}, counting delimiters outside quotes
	 * from the line start.
	 */
	private static int columnOf(CharSequence text, int lineStart, int at, char delimiter) {
		int column = 0;
		boolean quoted = false;
		for (int i = lineStart; i < at; i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == delimiter && !quoted) {
				column++;
			}
		}
		return column;
	}

	private static String cell(String line, int column, char delimiter) {
		int index = 0;
		int from = 0;
		boolean quoted = false;
		for (int i = 0; i <= line.length(); i++) {
			char c = (i < line.length()) ? line.charAt(i) : delimiter;
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == delimiter && (!quoted || i == line.length())) {
				if (index == column) {
					return line.substring(from, i);
				}
				index++;
				from = i + 1;
			}
		}
		return null;
	}

	private static boolean bankingTermNear(CharSequence text, int start, int end) {
		int from = Math.max(0, start - TERM_REACH);
		int to = Math.min(text.length(), end + TERM_REACH);
		for (int i = start - 1; i >= from; i--) {
			if (text.charAt(i) == '\n') {
				from = i + 1;
				break;
			}
		}
		for (int i = end; i < to; i++) {
			if (text.charAt(i) == '\n') {
				to = i;
				break;
			}
		}
		return hasTerm(text, from, start) || hasTerm(text, end, to);
	}

	private static boolean hasTerm(CharSequence text, int from, int to) {
		int wordStart = -1;
		for (int i = from; i <= to; i++) {
			boolean letter = i < to && Character.isLetter(text.charAt(i));
			if (letter && wordStart < 0) {
				wordStart = i;
			}
			else if (!letter && wordStart >= 0) {
				boolean whole = (wordStart == from && from > 0) ? !Character.isLetter(text.charAt(from - 1)) : true;
				boolean wholeEnd = i < text.length() ? !Character.isLetter(text.charAt(i)) : true;
				if (whole && wholeEnd && i - wordStart >= 3 && i - wordStart <= 12
						&& TERM_INITIALS.indexOf(Character.toLowerCase(text.charAt(wordStart))) >= 0
						&& BANKING_TERMS.contains(text.subSequence(wordStart, i).toString().toLowerCase(Locale.ROOT))) {
					return true;
				}
				wordStart = -1;
			}
		}
		return false;
	}

	/**
	 * An initial capital followed by at least one lower-case letter (not an all-capitals
	 * word).
	 */
	private static boolean isCapitalisedWord(CharSequence text, int start, int end) {
		for (int i = start + 1; i < end; i++) {
			if (Character.isLowerCase(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isMidSentence(CharSequence text, int start) {
		int p = start - 1;
		while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t' || text.charAt(p) == '\u00A0')) {
			p--;
		}
		if (p < 0) {
			return false;
		}
		char before = text.charAt(p);
		if (before == ',' && p == start - 1) {
			return false; // the start of a CSV cell
		}
		return ".!?:;\"'“”‘’()[]{}<>•*#-–—|\n\r\f".indexOf(before) < 0;
	}

	/**
	 * A title-case line: every word of three letters or more on it, beside the mention,
	 * is capitalised, and there are two.
	 */
	private static boolean isHeading(CharSequence text, int start, int end) {
		int from = lineStart(text, start);
		int to = end;
		while (to < text.length() && to - end < LINE_REACH && text.charAt(to) != '\n') {
			to++;
		}
		int words = 0;
		int wordStart = -1;
		for (int i = from; i <= to; i++) {
			boolean letter = i < to && Character.isLetter(text.charAt(i));
			if (letter && wordStart < 0) {
				wordStart = i;
			}
			else if (!letter && wordStart >= 0) {
				if (i - wordStart >= 3 && (wordStart < start || wordStart >= end)) {
					if (!Character.isUpperCase(text.charAt(wordStart))) {
						return false;
					}
					words++;
				}
				wordStart = -1;
			}
		}
		return words >= 2;
	}

}
