package com.breachimpact.classification;

import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.breachimpact.protection.Masking;

/**
 * Classifies delimited text with a header row column by column: the header tells what a
 * column holds ({@link CsvColumnKind#fromHeader(String)}) and each cell of such a column
 * is validated as that kind before it is reported, with record key {@code csv:row:N} (N
 * counts data rows from 1). First and last name columns are reported as one
 * {@link SensitiveCategory#PERSON_NAME} finding per row. Thread-safe.
 */
public final class CsvRecordClassifier {

	private static final int HEADER_MAX_CELL = 64;

	private final FindingEmitter emitter;

	private final int maxBirthYear;

	/**
	 * A classifier.
	 * @param emitter hashes values and applies the confidence floor
	 */
	public CsvRecordClassifier(FindingEmitter emitter) {
		this(emitter, Year.now().getValue());
	}

	/**
	 * A classifier with the latest plausible birth year given.
	 * @param emitter hashes values and applies the confidence floor
	 * @param maxBirthYear the latest plausible birth year
	 */
	public CsvRecordClassifier(FindingEmitter emitter, int maxBirthYear) {
		this.emitter = emitter;
		this.maxBirthYear = maxBirthYear;
	}

	/**
	 * Whether text starts with a header row: at least two cells under the guessed
	 * delimiter, none longer than 64 chars, of more than five words, ending a sentence or
	 * mostly digits, at least one that names a known kind of column, and a second row
	 * (when there is one) with as many cells (unless the second row is cut by the 64 KiB
	 * looked at).
	 * @param text the text
	 * @return whether the text is read as CSV with a header
	 */
	public static boolean hasHeader(CharSequence text) {
		char delimiter = DelimitedRecords.guessDelimiter(text);
		CharSequence head = text.subSequence(0, Math.min(text.length(), 65536));
		DelimitedRecords records = new DelimitedRecords(head, delimiter);
		DelimitedRecords.Row header = records.next();
		if (header == null || header.cells().size() < 2) {
			return false;
		}
		boolean known = false;
		for (DelimitedRecords.Cell cell : header.cells()) {
			String value = cell.value().strip();
			if (value.length() > HEADER_MAX_CELL || digitShare(value) > 0.5 || !headerLike(value)) {
				return false;
			}
			known |= CsvColumnKind.fromHeader(value) != CsvColumnKind.OTHER;
		}
		DelimitedRecords.Row second = records.next();
		boolean cutShort = second != null && second.end() >= head.length() && head.length() < text.length();
		return known && (second == null || cutShort || second.cells().size() == header.cells().size());
	}

	/**
	 * Classify CSV text whose first row is a header.
	 * @param text the text
	 * @param sink where findings go
	 * @return the data rows read and the cells of classified columns
	 */
	public CsvTable classify(ScanText text, FindingSink sink) {
		CharSequence chars = text.text();
		DelimitedRecords records = new DelimitedRecords(chars, DelimitedRecords.guessDelimiter(chars));
		DelimitedRecords.Row header = records.next();
		if (header == null) {
			return new CsvTable(0, new int[0], new int[0], new int[0]);
		}
		CsvColumnKind[] kinds = header.cells()
			.stream()
			.map((cell) -> CsvColumnKind.fromHeader(cell.value().strip()))
			.toArray(CsvColumnKind[]::new);
		IntList rowStarts = new IntList();
		IntList spanStarts = new IntList();
		IntList spanEnds = new IntList();
		int row = 0;
		DelimitedRecords.Row record;
		while ((record = records.next()) != null) {
			row++;
			rowStarts.add(record.start());
			String key = recordKey(row);
			DelimitedRecords.Cell first = null;
			DelimitedRecords.Cell last = null;
			List<DelimitedRecords.Cell> cells = record.cells();
			for (int c = 0; c < cells.size() && c < kinds.length; c++) {
				CsvColumnKind kind = kinds[c];
				DelimitedRecords.Cell cell = cells.get(c);
				if (kind == CsvColumnKind.OTHER || cell.value().isBlank()) {
					continue;
				}
				spanStarts.add(cell.offset());
				spanEnds.add(cell.offset() + cell.value().length());
				if (kind == CsvColumnKind.FIRST_NAME) {
					first = cell;
				}
				else if (kind == CsvColumnKind.LAST_NAME) {
					last = cell;
				}
				else {
					classifyCell(text, sink, kind, cell, key);
				}
			}
			if (first != null || last != null) {
				String name = ((first != null) ? first.value().strip() : "") + " "
						+ ((last != null) ? last.value().strip() : "");
				emitName(text, sink, name, (first != null) ? first.offset() : last.offset(), key);
			}
		}
		return new CsvTable(row, rowStarts.toArray(), spanStarts.toArray(), spanEnds.toArray());
	}

	/**
	 * The record key of a data row.
	 * @param row 1-based data row number
	 * @return {@code csv:row:N}
	 */
	public static String recordKey(int row) {
		return "csv:row:" + row;
	}

	private void classifyCell(ScanText text, FindingSink sink, CsvColumnKind kind, DelimitedRecords.Cell cell,
			String key) {
		String value = cell.value().strip();
		int offset = cell.offset();
		switch (kind) {
			case SSN -> {
				String digits = Checksums.digitsOf(value);
				if (separatorsOnly(value, "- ") && SsnRecognizer.isValid(digits)) {
					emit(text, sink, SensitiveCategory.SSN, digits, Masking.lastFour(digits), offset, 0.9, key);
				}
			}
			case BANK_ACCOUNT -> {
				String account = NachaRecordClassifier.canonicalAccount(value);
				int digits = Checksums.digitsOf(account).length();
				if (account.length() >= 4 && account.length() <= 17 && digits * 2 >= account.length()
						&& !Checksums.allSame(account)) {
					emit(text, sink, SensitiveCategory.BANK_ACCOUNT, account, Masking.lastFour(account), offset, 0.85,
							key);
				}
			}
			case ROUTING_NUMBER -> {
				String digits = Checksums.digitsOf(value);
				if (separatorsOnly(value, "- ") && Checksums.abaRouting(digits)) {
					emit(text, sink, SensitiveCategory.ROUTING_NUMBER, digits, Masking.lastFour(digits), offset, 0.9,
							key);
				}
			}
			case DATE_OF_BIRTH -> {
				var date = DateOfBirthRecognizer.parseBirthDate(value, this.maxBirthYear);
				if (date != null) {
					String iso = date.toString();
					emit(text, sink, SensitiveCategory.DATE_OF_BIRTH, iso, Masking.lastFour(iso), offset, 0.9, key);
				}
			}
			case PAYMENT_CARD -> {
				String digits = Checksums.digitsOf(value);
				if (separatorsOnly(value, "- ") && PaymentCardRecognizer.isValid(digits)) {
					emit(text, sink, SensitiveCategory.PAYMENT_CARD, digits, Masking.lastFour(digits), offset,
							PaymentCardRecognizer.isTestNumber(digits) ? 0.6 : 0.95, key);
				}
			}
			case EMAIL_ADDRESS -> {
				if (EmailAddressRecognizer.isAddress(value)) {
					String address = value.toLowerCase(java.util.Locale.ROOT);
					emit(text, sink, SensitiveCategory.EMAIL_ADDRESS, address, Masking.email(address), offset, 0.85,
							key);
				}
			}
			case PHONE_NUMBER -> {
				String digits = Checksums.digitsOf(value);
				if (digits.length() == 11 && digits.charAt(0) == '1') {
					digits = digits.substring(1);
				}
				if (separatorsOnly(value, "-. ()+") && PhoneNumberRecognizer.isValid(digits)) {
					emit(text, sink, SensitiveCategory.PHONE_NUMBER, digits, Masking.lastFour(digits), offset, 0.85,
							key);
				}
			}
			case FULL_NAME -> emitName(text, sink, value, offset, key);
			default -> {
			}
		}
	}

	private void emitName(ScanText text, FindingSink sink, String name, int offset, String key) {
		if (NameMasking.plausibleName(name)) {
			emit(text, sink, SensitiveCategory.PERSON_NAME, NameMasking.canonical(name), NameMasking.initials(name),
					offset, 0.8, key);
		}
	}

	private void emit(ScanText text, FindingSink sink, SensitiveCategory category, String canonical, String masked,
			int offset, double confidence, String key) {
		this.emitter.emit(sink, text, category, canonical, masked, offset, confidence, key);
	}

	private static boolean separatorsOnly(String value, String separators) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < '0' || c > '9') && separators.indexOf(c) < 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean headerLike(String value) {
		if (value.endsWith(".") || value.indexOf('!') >= 0 || value.indexOf('?') >= 0) {
			return false;
		}
		return value.isEmpty() || value.split("\\s+").length <= 5;
	}

	private static double digitShare(String value) {
		if (value.isEmpty()) {
			return 0;
		}
		int digits = 0;
		for (int i = 0; i < value.length(); i++) {
			if (Character.isDigit(value.charAt(i))) {
				digits++;
			}
		}
		return (double) digits / value.length();
	}

	/**
	 * What {@link #classify(ScanText, FindingSink)} read: the number of data rows, where
	 * each starts, and the spans of the cells of classified columns (sorted).
	 */
	public static final class CsvTable {

		private final int rows;

		private final int[] rowStarts;

		private final int[] spanStarts;

		private final int[] spanEnds;

		CsvTable(int rows, int[] rowStarts, int[] spanStarts, int[] spanEnds) {
			this.rows = rows;
			this.rowStarts = rowStarts;
			this.spanStarts = spanStarts;
			this.spanEnds = spanEnds;
		}

		/**
		 * The number of data rows (the header excluded).
		 * @return the row count
		 */
		public int rows() {
			return this.rows;
		}

		/**
		 * The 1-based data row an offset lies in, or 0 when it lies in the header.
		 * @param offset a char offset
		 * @return the row number
		 */
		public int rowOf(long offset) {
			int found = Arrays.binarySearch(this.rowStarts, (int) Math.min(offset, Integer.MAX_VALUE));
			return (found >= 0) ? found + 1 : -found - 1;
		}

		/**
		 * Whether an offset lies inside a cell of a classified column.
		 * @param offset a char offset
		 * @return whether the column classification already covers it
		 */
		public boolean inClassifiedCell(long offset) {
			int found = Arrays.binarySearch(this.spanStarts, (int) Math.min(offset, Integer.MAX_VALUE));
			int index = (found >= 0) ? found : -found - 2;
			return index >= 0 && offset < this.spanEnds[index];
		}

	}

	/** A growable list of ints. */
	private static final class IntList {

		private int[] values = new int[256];

		private int size;

		void add(int value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		int[] toArray() {
			return Arrays.copyOf(this.values, this.size);
		}

	}

}
