package com.breachimpact.classification;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads labelled values in prose: {@code DOB: 04/04/1958}, {@code Date of birth
 * 1958-04-04}, {@code Account Number: 12345678}, {@code Acct #: 12345678},
 * {@code SSN 123-45-6789}. A label is the one to five words just before a value on the
 * same line (then {@code :}, {@code =}, {@code -} or {@code is}), looked up folded in the
 * same word list as column names ({@link ColumnVocabulary#listedKind}), longest first, so
 * {@code account balance} is not an account and a name a case adds to the list is a label
 * too. A value starts with a digit or a mask char and runs to the next white space; it is
 * validated as its kind by {@link RecordClassifier}; a value that is not valid is left to
 * the free-text recognizers. A masked value ({@code ****4821}, {@code acct ending 4821},
 * {@code last 4 4821}) counts as masked, not as a value. Only the numeric kinds are read
 * (SSN, account, routing number, date of birth, card). The spans of labelled values are
 * returned so that the free-text recognizers do not report them again. Thread-safe.
 */
final class LabelledValueReader {

	private static final int MAX_WORDS = 5;

	private static final int MAX_LABEL = 48;

	private static final Set<ColumnKind> KINDS = Set.of(ColumnKind.SSN, ColumnKind.BANK_ACCOUNT,
			ColumnKind.ROUTING_NUMBER, ColumnKind.DATE_OF_BIRTH, ColumnKind.PAYMENT_CARD);

	/**
	 * Words between a label and a value that say the value is only a part (nearest
	 * first).
	 */
	private static final List<List<String>> MASKED_CONNECTORS = List.of(List.of("ending"), List.of("in", "ending"),
			List.of("in", "ends"), List.of("with", "ending"), List.of("4", "last"), List.of("four", "last"),
			List.of("digits", "4", "last"), List.of("digits", "four", "last"));

	/** Words between a label and a value that change nothing. */
	private static final Set<String> NEUTRAL_CONNECTORS = Set.of("is", "was", "of");

	private final ColumnVocabulary vocabulary;

	private final RecordClassifier classifier;

	LabelledValueReader(ColumnVocabulary vocabulary, RecordClassifier classifier) {
		this.vocabulary = vocabulary;
		this.classifier = classifier;
	}

	/**
	 * Classify the labelled values of a text.
	 * @param text the text
	 * @param sink where findings go
	 * @return the spans of the labelled values, masked ones included
	 */
	ValueSpans read(ScanText text, FindingSink sink) {
		CharSequence chars = text.text();
		int length = chars.length();
		ValueSpans spans = new ValueSpans();
		String[] words = new String[MAX_WORDS + 3];
		int[] wordStarts = new int[MAX_WORDS + 3];
		int i = 0;
		while (i < length) {
			char c = chars.charAt(i);
			if (!valueStart(chars, i, c) || (i > 0 && !beforeValue(chars.charAt(i - 1)))) {
				i++;
				continue;
			}
			int end = tokenEnd(chars, i);
			int labelEnd = skipSeparators(chars, i);
			if (labelBefore(chars, labelEnd)) {
				int count = words(chars, labelEnd, words, wordStarts);
				classify(text, sink, spans, words, wordStarts, count, i, end);
			}
			i = end;
		}
		return spans;
	}

	private void classify(ScanText text, FindingSink sink, ValueSpans spans, String[] words, int[] wordStarts,
			int count, int start, int end) {
		int skip = 0;
		boolean masked = false;
		for (List<String> connector : MASKED_CONNECTORS) {
			if (connector.size() > skip && startsWith(words, count, connector)) {
				skip = connector.size();
				masked = true;
			}
		}
		while (!masked && skip < count && NEUTRAL_CONNECTORS.contains(words[skip])) {
			skip++;
		}
		ColumnKind kind = null;
		for (int k = Math.min(MAX_WORDS, count - skip); k >= 1 && kind == null; k--) {
			StringBuilder folded = new StringBuilder();
			for (int w = skip + k - 1; w >= skip; w--) {
				folded.append(words[w]);
			}
			kind = this.vocabulary.listedKind(folded.toString());
		}
		if (kind == null || !KINDS.contains(kind)) {
			return;
		}
		String value = stripTrailing(text.text(), start, end);
		if (masked) {
			// the connector too, so that "last 4 7781" is not read as an account 47781
			spans.add(wordStarts[skip - 1], start + value.length());
			return;
		}
		if (MaskedValues.isMasked(value)) {
			spans.add(start, start + value.length());
			return;
		}
		int[] accepted = new int[1];
		FindingSink counting = new FindingSink() {

			@Override
			public void accept(SensitiveFinding finding) {
				accepted[0]++;
				sink.accept(finding);
			}

			@Override
			public boolean wants(long offset) {
				return sink.wants(offset);
			}

		};
		this.classifier.classifyCell(text, counting, kind, new RecordField(List.of(), value, start), null);
		if (accepted[0] > 0) {
			spans.add(start, start + value.length());
		}
	}

	private static boolean startsWith(String[] words, int count, List<String> connector) {
		if (connector.size() >= count) {
			return false;
		}
		for (int w = 0; w < connector.size(); w++) {
			if (!connector.get(w).equals(words[w])) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The folded words before a label end, nearest first, on the same line: at most
	 * {@value #MAX_WORDS} (plus connectors) and {@value #MAX_LABEL} chars.
	 */
	private static int words(CharSequence chars, int labelEnd, String[] words, int[] wordStarts) {
		int count = 0;
		int i = labelEnd;
		int limit = Math.max(0, labelEnd - MAX_LABEL);
		while (count < words.length && i > limit) {
			int wordEnd = i;
			while (i > limit && labelChar(chars.charAt(i - 1))) {
				i--;
			}
			if (i == wordEnd) {
				break;
			}
			if (hasDigit(chars, i, wordEnd) && (count > 0 || wordEnd - i > 1)) {
				break; // labels have no digits; only a lone digit next to the value (last
						// 4)
			}
			String folded = ColumnVocabulary.fold(chars.subSequence(i, wordEnd));
			if (!folded.isEmpty()) {
				wordStarts[count] = i;
				words[count++] = folded;
			}
			if (i > limit && (chars.charAt(i - 1) == ' ' || chars.charAt(i - 1) == '\t')) {
				i--;
			}
			else {
				break;
			}
		}
		return count;
	}

	/**
	 * Whether a label may end here: after a letter, {@code #} or {@code .}, or after a
	 * lone digit that follows a word ({@code last 4}); cheap, so that runs of numbers
	 * cost nothing.
	 */
	private static boolean labelBefore(CharSequence chars, int labelEnd) {
		if (labelEnd == 0) {
			return false;
		}
		char c = chars.charAt(labelEnd - 1);
		if (Character.isLetter(c)) {
			return true;
		}
		if (c == '#' || c == '.') {
			// Acct # / Acct. No. : a letter just before
			return labelEnd >= 2 && Character.isLetter(chars.charAt(labelEnd - 2)) || c == '#' && labelEnd >= 3
					&& chars.charAt(labelEnd - 2) == ' ' && Character.isLetter(chars.charAt(labelEnd - 3));
		}
		return c >= '0' && c <= '9' && labelEnd >= 3 && chars.charAt(labelEnd - 2) == ' '
				&& Character.isLetter(chars.charAt(labelEnd - 3));
	}

	private static boolean hasDigit(CharSequence chars, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = chars.charAt(i);
			if (c >= '0' && c <= '9') {
				return true;
			}
		}
		return false;
	}

	private static boolean labelChar(char c) {
		return Character.isLetterOrDigit(c) || c == '#' || c == '_' || c == '.' || c == '/' || c == '-' || c == '\'';
	}

	private static boolean valueStart(CharSequence chars, int i, char c) {
		if (c >= '0' && c <= '9' || c == '*' || c == '\u2022') {
			return true;
		}
		return (c == 'X' || c == 'x') && i + 1 < chars.length()
				&& (chars.charAt(i + 1) == 'X' || chars.charAt(i + 1) == 'x');
	}

	private static boolean beforeValue(char c) {
		return c == ' ' || c == '\t' || c == ':' || c == '=' || c == '#';
	}

	/** Back from a value over {@code :}, {@code =}, {@code -} and blanks (at most 4). */
	private static int skipSeparators(CharSequence chars, int valueStart) {
		int i = valueStart;
		while (i > 0 && valueStart - i < 4) {
			char c = chars.charAt(i - 1);
			if (c == ' ' || c == '\t' || c == ':' || c == '=' || c == '-') {
				i--;
			}
			else {
				break;
			}
		}
		return i;
	}

	private static int tokenEnd(CharSequence chars, int start) {
		int i = start;
		while (i < chars.length() && i - start < 64 && !Character.isWhitespace(chars.charAt(i))) {
			i++;
		}
		return i;
	}

	private static String stripTrailing(CharSequence chars, int start, int end) {
		int e = end;
		while (e > start && ".,;:)]\"'".indexOf(chars.charAt(e - 1)) >= 0) {
			e--;
		}
		return chars.subSequence(start, e).toString();
	}

	/** The spans of labelled values, in text order. */
	static final class ValueSpans {

		private int[] starts = new int[16];

		private int[] ends = new int[16];

		private int size;

		void add(int start, int end) {
			if (this.size == this.starts.length) {
				this.starts = Arrays.copyOf(this.starts, this.size * 2);
				this.ends = Arrays.copyOf(this.ends, this.size * 2);
			}
			this.starts[this.size] = start;
			this.ends[this.size] = end;
			this.size++;
		}

		/**
		 * Whether an offset lies in a labelled value.
		 * @param offset a char offset
		 * @return whether it does
		 */
		boolean contains(long offset) {
			int found = Arrays.binarySearch(this.starts, 0, this.size, (int) Math.min(offset, Integer.MAX_VALUE));
			int index = (found >= 0) ? found : -found - 2;
			return index >= 0 && offset < this.ends[index];
		}

		boolean isEmpty() {
			return this.size == 0;
		}

	}

}
