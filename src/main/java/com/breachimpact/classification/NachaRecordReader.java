package com.breachimpact.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the text of a NACHA ACH file: 94-character records, one per line (LF or CRLF), or
 * all in one line whose length is a multiple of 94. Lines shorter than 94 characters
 * (trailing blanks trimmed by some tools) are padded with blanks. Record types: 1 file
 * header, 5 batch header, 6 entry detail, 7 addenda, 8 batch control, 9 file control (and
 * all-nines filler). Thread-safe and stateless.
 */
public final class NachaRecordReader {

	/** The length of a NACHA record. */
	public static final int RECORD_LENGTH = 94;

	/**
	 * Whether text looks like a NACHA file: its first record is a file header
	 * ({@code 101} or {@code 1 0}... with priority code 01) of 94 characters (84 or more,
	 * or 40 or more holding its format {@code 094101}, when trailing blanks are trimmed),
	 * and the next record, when there is one, is a batch header or file control.
	 * @param text the text
	 * @return whether it is read as NACHA
	 */
	public static boolean looksLikeNacha(CharSequence text) {
		if (text.length() < RECORD_LENGTH || text.charAt(0) != '1' || text.charAt(1) != '0' || text.charAt(2) != '1') {
			return false;
		}
		int firstEnd = lineEnd(text, 0);
		int firstLength = contentEnd(text, 0, firstEnd);
		int next;
		if (firstLength >= RECORD_LENGTH * 2) {
			next = RECORD_LENGTH;
		}
		else if (firstLength <= RECORD_LENGTH
				&& (firstLength >= RECORD_LENGTH - 10 || hasHeaderFormat(text, firstLength))) {
			next = firstEnd + 1;
		}
		else {
			return false;
		}
		if (next >= text.length()) {
			return true;
		}
		char type = text.charAt(next);
		return type == '5' || type == '9';
	}

	/**
	 * Whether a file header line cut short (trailing names trimmed, as some tools write
	 * it) still holds the header's record size, blocking factor and format code
	 * ({@code 094101}, positions 35-40).
	 */
	private static boolean hasHeaderFormat(CharSequence text, int firstLength) {
		return firstLength >= 40 && "094101".contentEquals(text.subSequence(34, 40));
	}

	/**
	 * Read every record of a NACHA file.
	 * @param text the file's text
	 * @return the entries, record counts and addenda
	 */
	public NachaFile read(CharSequence text) {
		List<NachaEntry> entries = new ArrayList<>();
		List<NachaFile.Addenda> addenda = new ArrayList<>();
		Map<Character, Integer> counts = new TreeMap<>();
		int malformed = 0;
		int recordNumber = 0;
		int lineStart = 0;
		int length = text.length();
		while (lineStart < length) {
			int lineEnd = lineEnd(text, lineStart);
			int contentEnd = contentEnd(text, lineStart, lineEnd);
			int lineLength = contentEnd - lineStart;
			if (lineLength > 0) {
				int records = (lineLength > RECORD_LENGTH) ? (lineLength + RECORD_LENGTH - 1) / RECORD_LENGTH : 1;
				for (int r = 0; r < records; r++) {
					int start = lineStart + r * RECORD_LENGTH;
					int end = Math.min(contentEnd, start + RECORD_LENGTH);
					recordNumber++;
					String record = pad(text.subSequence(start, end));
					char type = record.charAt(0);
					if (end - start < 40 || "156789".indexOf(type) < 0) {
						malformed++;
						continue;
					}
					counts.merge(type, 1, Integer::sum);
					if (type == '6') {
						entries.add(entry(entries.size() + 1, recordNumber, start, record));
					}
					else if (type == '7') {
						addenda.add(new NachaFile.Addenda(entries.size(), start + 3L, record.substring(3, 83)));
					}
				}
			}
			lineStart = lineEnd + 1;
		}
		return new NachaFile(entries, counts, addenda, malformed);
	}

	private static NachaEntry entry(int entryNumber, int recordNumber, long offset, String record) {
		return new NachaEntry(entryNumber, recordNumber, offset, record.substring(1, 3), record.substring(3, 12),
				record.substring(12, 29).strip(), amount(record.substring(29, 39)), record.substring(39, 54).strip(),
				record.substring(54, 76).strip(), record.substring(79, 94).strip());
	}

	private static long amount(String field) {
		long cents = 0;
		for (int i = 0; i < field.length(); i++) {
			char c = field.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			cents = cents * 10 + (c - '0');
		}
		return cents;
	}

	private static String pad(CharSequence record) {
		StringBuilder padded = new StringBuilder(RECORD_LENGTH).append(record);
		while (padded.length() < RECORD_LENGTH) {
			padded.append(' ');
		}
		return padded.toString();
	}

	private static int lineEnd(CharSequence text, int from) {
		int length = text.length();
		for (int i = from; i < length; i++) {
			if (text.charAt(i) == '\n') {
				return i;
			}
		}
		return length;
	}

	private static int contentEnd(CharSequence text, int lineStart, int lineEnd) {
		int end = lineEnd;
		while (end > lineStart && (text.charAt(end - 1) == '\r' || text.charAt(end - 1) == '\u001a')) {
			end--;
		}
		return end;
	}

}
