package com.breachimpact.classification;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear-time reader of delimited text (RFC 4180 quoting with doubled quotes) that
 * keeps the offset of every cell. Not thread-safe: one per text.
 */
final class DelimitedRecords {

	/** A cell: its unquoted value and the offset of its first char in the text. */
	record Cell(String value, int offset) {

		@Override
		public String toString() {
			return "Cell[offset=" + this.offset + ", length=" + this.value.length() + "]";
		}

	}

	/** A record: its cells, the offset it starts at and its end (exclusive). */
	record Row(List<Cell> cells, int start, int end) {

	}

	private final CharSequence text;

	private final char delimiter;

	private int position;

	/**
	 * A reader.
	 * @param text the text
	 * @param delimiter the cell delimiter
	 */
	DelimitedRecords(CharSequence text, char delimiter) {
		this.text = text;
		this.delimiter = delimiter;
	}

	/**
	 * The delimiter that occurs most often (outside quotes is not checked) in the first
	 * line, among comma, tab, semicolon and pipe; comma when none does.
	 * @param text the text
	 * @return the delimiter
	 */
	static char guessDelimiter(CharSequence text) {
		char[] candidates = { ',', '\t', ';', '|' };
		int[] counts = new int[candidates.length];
		int limit = Math.min(text.length(), 8192);
		for (int i = 0; i < limit; i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				break;
			}
			for (int k = 0; k < candidates.length; k++) {
				if (c == candidates[k]) {
					counts[k]++;
				}
			}
		}
		int best = 0;
		for (int k = 1; k < candidates.length; k++) {
			if (counts[k] > counts[best]) {
				best = k;
			}
		}
		return candidates[best];
	}

	/**
	 * The next non-blank record, or {@code null} at the end of the text.
	 * @return the record
	 */
	Row next() {
		int length = this.text.length();
		while (this.position < length
				&& (this.text.charAt(this.position) == '\n' || this.text.charAt(this.position) == '\r')) {
			this.position++;
		}
		if (this.position >= length) {
			return null;
		}
		int start = this.position;
		List<Cell> cells = new ArrayList<>();
		StringBuilder value = new StringBuilder();
		int cellStart = this.position;
		boolean quoted = false;
		boolean atCellStart = true;
		while (this.position < length) {
			char c = this.text.charAt(this.position);
			if (quoted) {
				if (c == '"') {
					if (this.position + 1 < length && this.text.charAt(this.position + 1) == '"') {
						value.append('"');
						this.position += 2;
						continue;
					}
					quoted = false;
				}
				else {
					value.append(c);
				}
				this.position++;
				continue;
			}
			if (c == '"' && atCellStart) {
				quoted = true;
				atCellStart = false;
				cellStart = this.position + 1;
				this.position++;
				continue;
			}
			if (c == this.delimiter) {
				cells.add(new Cell(value.toString(), cellStart));
				value.setLength(0);
				this.position++;
				cellStart = this.position;
				atCellStart = true;
				continue;
			}
			if (c == '\n' || c == '\r') {
				break;
			}
			value.append(c);
			atCellStart = false;
			this.position++;
		}
		cells.add(new Cell(value.toString(), cellStart));
		return new Row(cells, start, this.position);
	}

}
