package com.breachimpact.classification;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.opencsv.ICSVParser;
import com.opencsv.RFC4180ParserBuilder;

/**
 * Reads delimited tables (comma, semicolon, pipe or tab; RFC 4180 quoting, parsed by
 * OpenCSV) wherever they start in a text: title lines, {@code Run date,2024-03-19} lines
 * and blank lines may come before the header, and a text may hold several tables (the
 * sheets of a spreadsheet, the tables of an HTML page, as Tika renders them: one line per
 * row, cells separated by tabs). A header is a line of at least two short cells, none
 * mostly digits or a sentence, at least one naming a known column, followed by a row of
 * as many cells. A table ends at a line of one cell (a sheet title) or at the next
 * header.
 */
final class DelimitedTableReader implements RecordReader {

	private static final char[] DELIMITERS = { ',', '\t', ';', '|' };

	private static final int MAX_HEADER_CELL = 64;

	private static final int MAX_HEADER_LINE = 4096;

	private final ColumnVocabulary vocabulary;

	DelimitedTableReader(ColumnVocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/**
	 * Whether a text holds a delimited table with a header naming a known column (shipped
	 * word list).
	 * @param text the text
	 * @return whether records can be read from it
	 */
	static boolean hasHeader(CharSequence text) {
		return !new DelimitedTableReader(ColumnVocabulary.defaults()).read(text).isEmpty();
	}

	@Override
	public List<TextRecord> read(CharSequence text) {
		return read(text, new TextLines(text));
	}

	List<TextRecord> read(CharSequence text, TextLines lines) {
		List<TextRecord> records = new ArrayList<>();
		Parsers parsers = new Parsers();
		int line = 0;
		while (line < lines.count()) {
			char delimiter = headerDelimiter(text, lines, line);
			if (delimiter == 0) {
				line++;
				continue;
			}
			ICSVParser parser = parsers.get(delimiter);
			List<String> header = cells(parser, lines.line(line));
			int next = nextNonBlank(lines, line + 1);
			if (header == null || !isHeader(header) || next < 0 || size(parser, lines.line(next)) != header.size()) {
				line++;
				continue;
			}
			line = readTable(text, lines, new RFC4180ParserBuilder().withSeparator(delimiter).build(), delimiter,
					header, next, records);
		}
		return records;
	}

	/** One parser per delimiter for header candidates, made on first use. */
	private static final class Parsers {

		private final ICSVParser[] parsers = new ICSVParser[DELIMITERS.length];

		ICSVParser get(char delimiter) {
			for (int k = 0; k < DELIMITERS.length; k++) {
				if (DELIMITERS[k] == delimiter) {
					if (this.parsers[k] == null || this.parsers[k].isPending()) {
						this.parsers[k] = new RFC4180ParserBuilder().withSeparator(delimiter).build();
					}
					return this.parsers[k];
				}
			}
			throw new IllegalArgumentException("Not a delimiter: " + delimiter);
		}

	}

	private int readTable(CharSequence text, TextLines lines, ICSVParser parser, char delimiter, List<String> header,
			int first, List<TextRecord> records) {
		List<List<String>> columns = header.stream().map((name) -> List.of(name.strip())).toList();
		int line = first;
		while (line < lines.count()) {
			if (lines.blank(line)) {
				line++;
				continue;
			}
			if (line > first && headerDelimiter(text, lines, line) == delimiter) {
				List<String> other = cells(parser, lines.line(line));
				if (other != null && isHeader(other) && !other.equals(header)) {
					return line;
				}
			}
			int start = lines.start(line);
			StringBuilder raw = new StringBuilder(lines.line(line));
			String[] values;
			try {
				values = parser.parseLineMulti(raw.toString());
				while (parser.isPending() && line + 1 < lines.count()) {
					line++;
					String more = lines.line(line);
					raw.append('\n').append(more);
					String[] rest = parser.parseLineMulti(more);
					values = join(values, rest);
				}
			}
			catch (IOException ex) {
				parser = new RFC4180ParserBuilder().withSeparator(delimiter).build();
				line++;
				continue;
			}
			if (values.length < 2) {
				return line;
			}
			int end = start + raw.length();
			records.add(new TextRecord(RecordLayout.DELIMITED.key(records.size() + 1), start, end,
					fields(raw, start, values, columns)));
			line++;
		}
		return line;
	}

	private static List<RecordField> fields(CharSequence raw, int start, String[] values, List<List<String>> columns) {
		List<RecordField> fields = new ArrayList<>(values.length);
		String row = raw.toString();
		int cursor = 0;
		for (int c = 0; c < values.length && c < columns.size(); c++) {
			String value = values[c];
			int at = value.isEmpty() ? -1 : row.indexOf(value, cursor);
			int offset = (at >= 0) ? at : cursor;
			fields.add(new RecordField(columns.get(c), value, start + offset));
			cursor = (at >= 0) ? at + value.length() : cursor;
		}
		return fields;
	}

	private static String[] join(String[] first, String[] rest) {
		if (first.length == 0) {
			return rest;
		}
		if (rest.length == 0) {
			return first;
		}
		String[] joined = new String[first.length + rest.length - 1];
		System.arraycopy(first, 0, joined, 0, first.length);
		joined[first.length - 1] = first[first.length - 1] + "\n" + rest[0];
		System.arraycopy(rest, 1, joined, first.length, rest.length - 1);
		return joined;
	}

	private boolean isHeader(List<String> cells) {
		boolean known = false;
		int nonBlank = 0;
		for (String cell : cells) {
			String value = cell.strip();
			if (value.isEmpty()) {
				continue;
			}
			nonBlank++;
			if (value.length() > MAX_HEADER_CELL || digitShare(value) > 0.5 || !headerLike(value)) {
				return false;
			}
			known |= hasLetter(value) && this.vocabulary.names(value);
		}
		return known && nonBlank >= 2;
	}

	/**
	 * The delimiter a line may be a header under: the most frequent of the candidates,
	 * when the line is short, holds a letter and no stretch between delimiters is longer
	 * than a header cell; 0 otherwise.
	 */
	private static char headerDelimiter(CharSequence text, TextLines lines, int line) {
		int start = lines.start(line);
		int end = lines.end(line);
		if (end - start > MAX_HEADER_LINE || end - start < 3) {
			return 0;
		}
		int comma = 0;
		int tab = 0;
		int semicolon = 0;
		int pipe = 0;
		boolean letter = false;
		int run = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			switch (c) {
				case ',' -> comma++;
				case '\t' -> tab++;
				case ';' -> semicolon++;
				case '|' -> pipe++;
				default -> {
					letter |= Character.isLetter(c);
					// longer than a cell under any delimiter: not a header (prose)
					if (++run > MAX_HEADER_CELL + 2) {
						return 0;
					}
					continue;
				}
			}
			run = 0;
		}
		int[] counts = { comma, tab, semicolon, pipe };
		int best = 0;
		for (int k = 1; k < DELIMITERS.length; k++) {
			if (counts[k] > counts[best]) {
				best = k;
			}
		}
		if (counts[best] == 0 || !letter) {
			return 0; // a header names a column in letters
		}
		char delimiter = DELIMITERS[best];
		int stretch = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			stretch = (c == delimiter) ? 0 : stretch + 1;
			if (stretch > MAX_HEADER_CELL + 2) {
				return 0;
			}
		}
		return delimiter;
	}

	private static List<String> cells(ICSVParser parser, String line) {
		try {
			String[] values = parser.parseLine(line);
			return (values != null) ? List.of(values) : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static int size(ICSVParser parser, String line) {
		List<String> cells = cells(parser, line);
		return (cells != null) ? cells.size() : -1;
	}

	private static int nextNonBlank(TextLines lines, int from) {
		for (int line = from; line < lines.count(); line++) {
			if (!lines.blank(line)) {
				return line;
			}
		}
		return -1;
	}

	private static boolean headerLike(String value) {
		if (value.endsWith(".") && !value.equalsIgnoreCase("d.o.b.") || value.indexOf('!') >= 0
				|| value.indexOf('?') >= 0) {
			return false;
		}
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < value.length(); i++) {
			boolean space = Character.isWhitespace(value.charAt(i));
			if (!space && !inWord) {
				words++;
			}
			inWord = !space;
		}
		return words <= 5;
	}

	private static boolean hasLetter(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (Character.isLetter(value.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static double digitShare(String value) {
		int digits = 0;
		for (int i = 0; i < value.length(); i++) {
			if (Character.isDigit(value.charAt(i))) {
				digits++;
			}
		}
		return (double) digits / value.length();
	}

}
