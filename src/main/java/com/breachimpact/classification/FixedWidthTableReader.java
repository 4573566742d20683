package com.breachimpact.classification;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads fixed-width text tables (report printouts, {@code .txt} extracts, PDF text): a
 * header line of at least two column names separated by runs of two or more spaces, at
 * least one naming a known column, then rows aligned to it. A row is cut into values at
 * runs of two or more spaces and each value goes to the column whose header it overlaps
 * most (the nearest one when it overlaps none). Rule lines ({@code ----  ----}) and blank
 * lines are skipped; a line of one value (a page footer) or a repeated header ends the
 * table.
 */
final class FixedWidthTableReader implements RecordReader {

	private static final int MAX_LINE = 1024;

	private final ColumnVocabulary vocabulary;

	FixedWidthTableReader(ColumnVocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	@Override
	public List<TextRecord> read(CharSequence text) {
		return read(text, new TextLines(text));
	}

	List<TextRecord> read(CharSequence text, TextLines lines) {
		List<TextRecord> records = new ArrayList<>();
		Gaps gaps = new Gaps(text);
		int line = 0;
		while (line < lines.count()) {
			List<Span> header = header(text, lines, gaps, line);
			if (header == null) {
				line++;
				continue;
			}
			line = readTable(text, lines, gaps, header, line + 1, records);
		}
		return records;
	}

	private int readTable(CharSequence text, TextLines lines, Gaps gaps, List<Span> header, int first,
			List<TextRecord> records) {
		List<List<String>> columns = header.stream().map((span) -> List.of(span.value())).toList();
		int line = first;
		while (line < lines.count()) {
			if (lines.blank(line) || rule(text, lines, line)) {
				line++;
				continue;
			}
			List<Span> values = spans(text, lines.start(line), lines.end(line));
			if (values.size() < 2 || lines.end(line) - lines.start(line) > MAX_LINE) {
				return line;
			}
			if (header(text, lines, gaps, line) != null) {
				return line;
			}
			int lineStart = lines.start(line);
			List<RecordField> fields = new ArrayList<>(values.size());
			for (Span value : values) {
				int column = column(header, value.start() - lineStart, value.end() - lineStart);
				fields.add(new RecordField(columns.get(column), value.value(), value.start()));
			}
			records.add(new TextRecord(RecordLayout.FIXED_WIDTH.key(records.size() + 1), lineStart, lines.end(line),
					fields));
			line++;
		}
		return line;
	}

	private List<Span> header(CharSequence text, TextLines lines, Gaps gaps, int line) {
		int start = lines.start(line);
		int end = lines.end(line);
		if (end - start > MAX_LINE || end - start < 5 || !gaps.within(start, end) || !hasLetter(text, start, end)) {
			return null;
		}
		List<Span> spans = spans(text, start, end);
		if (spans.size() < 2) {
			return null;
		}
		boolean known = false;
		List<Span> relative = new ArrayList<>(spans.size());
		for (Span span : spans) {
			String value = span.value();
			if (value.length() > 40 || value.split(" ").length > 4 || hasDigitOrSentence(value)) {
				return null;
			}
			known |= this.vocabulary.names(value);
			relative.add(new Span(span.start() - start, span.end() - start, value));
		}
		return known ? relative : null;
	}

	private static int column(List<Span> header, int start, int end) {
		int best = 0;
		int bestOverlap = -1;
		int bestDistance = Integer.MAX_VALUE;
		for (int c = 0; c < header.size(); c++) {
			Span column = header.get(c);
			int overlap = Math.min(end, column.end()) - Math.max(start, column.start());
			int distance = Math.abs((start + end) / 2 - (column.start() + column.end()) / 2);
			if (overlap > bestOverlap || (overlap <= 0 && bestOverlap <= 0 && distance < bestDistance)) {
				best = c;
				bestOverlap = Math.max(overlap, 0);
				bestDistance = distance;
			}
		}
		return best;
	}

	/** The values of a line: stretches separated by two or more spaces or a tab. */
	private static List<Span> spans(CharSequence text, int start, int end) {
		List<Span> spans = new ArrayList<>();
		int i = start;
		while (i < end) {
			while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
				i++;
			}
			if (i >= end) {
				break;
			}
			int valueStart = i;
			int valueEnd = i;
			while (i < end) {
				char c = text.charAt(i);
				if (c == '\t'
						|| (c == ' ' && (i + 1 >= end || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t'))) {
					break;
				}
				i++;
				valueEnd = i;
			}
			spans.add(new Span(valueStart, valueEnd, text.subSequence(valueStart, valueEnd).toString()));
		}
		return spans;
	}

	private static boolean hasLetter(CharSequence text, int start, int end) {
		for (int i = start; i < end; i++) {
			if (Character.isLetter(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Where the runs of two spaces are: a String is searched in bulk and the last answer
	 * kept, so that asking line after line reads the text once.
	 */
	private static final class Gaps {

		private final CharSequence text;

		private int from = -1;

		private int found;

		Gaps(CharSequence text) {
			this.text = text;
		}

		/** Whether two spaces in a row lie between two positions. */
		boolean within(int start, int end) {
			if (!(this.text instanceof String string)) {
				return scan(this.text, start, end);
			}
			if (this.from < 0 || start < this.from || (this.found >= 0 && this.found < start)) {
				this.from = start;
				this.found = string.indexOf("  ", start);
			}
			return this.found >= 0 && this.found + 2 <= end;
		}

		private static boolean scan(CharSequence text, int start, int end) {
			for (int i = start + 1; i < end; i++) {
				if (text.charAt(i) == ' ' && text.charAt(i - 1) == ' ') {
					return true;
				}
			}
			return false;
		}

	}

	private static boolean rule(CharSequence text, TextLines lines, int line) {
		for (int i = lines.start(line); i < lines.end(line); i++) {
			char c = text.charAt(i);
			if (c != '-' && c != '=' && c != ' ' && c != '_' && c != '+' && c != '|') {
				return false;
			}
		}
		return true;
	}

	private static boolean hasDigitOrSentence(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isDigit(c) || c == '!' || c == '?' || c == ',' || c == ';' || c == '@') {
				return true;
			}
		}
		return value.endsWith(".") && value.length() > 6;
	}

	private record Span(int start, int end, String value) {

	}

}
