package com.breachimpact.classification;

import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.breachimpact.protection.Masking;

/**
 * Classifies records column by column, whatever layout they were read in
 * ({@link RecordReaders}): the column name tells what a column holds
 * ({@link ColumnVocabulary}) and each value of such a column is validated as that kind
 * before it is reported, with the record's key. First and last name columns are reported
 * as one {@link SensitiveCategory#PERSON_NAME} finding per record, and a {@code LAST,
 * FIRST} name as {@code FIRST LAST}. Masked values ({@code ****4821},
 * {@code XXX-XX-6789}) are not values. Thread-safe.
 */
public final class RecordClassifier {

	private final FindingEmitter emitter;

	private final int maxBirthYear;

	private final ColumnVocabulary vocabulary;

	/**
	 * A classifier with the shipped column names.
	 * @param emitter hashes values and applies the confidence floor
	 */
	public RecordClassifier(FindingEmitter emitter) {
		this(emitter, Year.now().getValue());
	}

	/**
	 * A classifier with the shipped column names and the latest plausible birth year
	 * given.
	 * @param emitter hashes values and applies the confidence floor
	 * @param maxBirthYear the latest plausible birth year
	 */
	public RecordClassifier(FindingEmitter emitter, int maxBirthYear) {
		this(emitter, maxBirthYear, ColumnVocabulary.defaults());
	}

	/**
	 * A classifier.
	 * @param emitter hashes values and applies the confidence floor
	 * @param maxBirthYear the latest plausible birth year
	 * @param vocabulary the column names
	 */
	public RecordClassifier(FindingEmitter emitter, int maxBirthYear, ColumnVocabulary vocabulary) {
		this.emitter = emitter;
		this.maxBirthYear = maxBirthYear;
		this.vocabulary = vocabulary;
	}

	/**
	 * Classify the delimited tables of a text (a convenience for
	 * {@link #classify(ScanText, List, FindingSink)} over a
	 * {@link DelimitedTableReader}).
	 * @param text the text
	 * @param sink where findings go
	 * @return the records read and the spans of classified values
	 */
	public RecordSpans classify(ScanText text, FindingSink sink) {
		return classify(text, new DelimitedTableReader(this.vocabulary).read(text.text()), sink);
	}

	/**
	 * Classify records.
	 * @param text the text they were read from
	 * @param records the records, in text order
	 * @param sink where findings go
	 * @return the records read and the spans of classified values
	 */
	public RecordSpans classify(ScanText text, List<TextRecord> records, FindingSink sink) {
		Map<List<String>, ColumnKind> kinds = new HashMap<>();
		IntList recordStarts = new IntList();
		IntList recordEnds = new IntList();
		IntList spanStarts = new IntList();
		IntList spanEnds = new IntList();
		List<String> keys = new ArrayList<>(records.size());
		for (TextRecord record : records) {
			recordStarts.add(record.start());
			recordEnds.add(record.end());
			keys.add(record.key());
			String key = record.key();
			RecordField first = null;
			RecordField last = null;
			AddressParts address = null;
			for (RecordField field : record.fields()) {
				ColumnKind kind = kinds.computeIfAbsent(field.column(), this.vocabulary::kindOf);
				if (kind == ColumnKind.OTHER || field.value().isBlank()) {
					continue;
				}
				spanStarts.add(field.offset());
				spanEnds.add(field.offset() + field.value().length());
				if (kind == ColumnKind.FIRST_NAME) {
					first = field;
				}
				else if (kind == ColumnKind.LAST_NAME) {
					last = field;
				}
				else if (kind.category() == SensitiveCategory.POSTAL_ADDRESS) {
					address = (address != null) ? address : new AddressParts(field.offset());
					address.put(kind, field.value().strip());
				}
				else {
					classifyCell(text, sink, kind, field, key);
				}
			}
			if (first != null || last != null) {
				String name = ((first != null) ? first.value().strip() : "") + " "
						+ ((last != null) ? last.value().strip() : "");
				emitName(text, sink, name, (first != null) ? first.offset() : last.offset(), key);
			}
			if (address != null && address.isAddress()) {
				emit(text, sink, SensitiveCategory.POSTAL_ADDRESS, address.canonical(), address.residence(),
						address.offset, 0.8, key);
			}
		}
		return new RecordSpans(keys, recordStarts.toArray(), recordEnds.toArray(), spanStarts.toArray(),
				spanEnds.toArray());
	}

	/**
	 * The record key of a delimited data row.
	 * @param row 1-based data row number
	 * @return {@code csv:row:N}
	 */
	public static String recordKey(int row) {
		return RecordLayout.DELIMITED.key(row);
	}

	/**
	 * Validate one value of a column (or of a labelled value in prose) as its kind and
	 * report it when valid.
	 * @param text the text the value lies in
	 * @param sink where a finding goes
	 * @param kind what the column holds
	 * @param field the value and its offset
	 * @param key the record key, or {@code null}
	 */
	void classifyCell(ScanText text, FindingSink sink, ColumnKind kind, RecordField field, String key) {
		String value = field.value().strip();
		int offset = field.offset();
		if (kind != ColumnKind.FULL_NAME && kind != ColumnKind.EMAIL_ADDRESS && kind != ColumnKind.CREDENTIAL
				&& MaskedValues.isMasked(value)) {
			return;
		}
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
				if (Iban.isValid(account)) {
					emit(text, sink, SensitiveCategory.BANK_ACCOUNT, account, Masking.lastFour(account), offset, 0.9,
							key);
				}
				else if (account.length() >= 4 && account.length() <= 17 && digits * 2 >= account.length()
						&& !Checksums.allSame(account) && !DateOfBirthRecognizer.hasDateShape(value)) {
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
				if (date == null) {
					date = DateOfBirthRecognizer.parseCompactDate(value, this.maxBirthYear);
				}
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
			case FULL_NAME -> emitName(text, sink, NameMasking.firstLast(value), offset, key);
			case DRIVERS_LICENSE -> {
				String number = value.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
				if (DriversLicenseRecognizer.plausibleNumber(number)) {
					emit(text, sink, SensitiveCategory.DRIVERS_LICENSE, number, Masking.lastFour(number), offset, 0.85,
							key);
				}
			}
			case USERNAME -> {
				if (value.length() >= 3 && value.length() <= 64 && value.chars().noneMatch(Character::isWhitespace)) {
					String user = value.toLowerCase(java.util.Locale.ROOT);
					emit(text, sink, SensitiveCategory.USERNAME, user, Masking.secret("username"), offset, 0.8, key);
				}
			}
			case CREDENTIAL -> {
				if (value.length() >= 4 && value.length() <= 200 && !CredentialRecognizer.isPlaceholder(value)) {
					emit(text, sink, SensitiveCategory.CREDENTIAL, value, Masking.secret("password"), offset, 0.8, key);
				}
			}
			default -> {
			}
		}
	}

	private void emitName(ScanText text, FindingSink sink, String name, int offset, String key) {
		if (NameMasking.plausibleName(name)) {
			emit(text, sink, SensitiveCategory.PERSON_NAME, NameMasking.folded(name), NameMasking.initials(name),
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

	/**
	 * What {@link #classify(ScanText, List, FindingSink)} read: the records (key, start
	 * and end) and the spans of the values of classified columns (sorted).
	 */
	public static final class RecordSpans {

		private final List<String> keys;

		private final int[] recordStarts;

		private final int[] recordEnds;

		private final int[] spanStarts;

		private final int[] spanEnds;

		RecordSpans(List<String> keys, int[] recordStarts, int[] recordEnds, int[] spanStarts, int[] spanEnds) {
			this.keys = keys;
			this.recordStarts = recordStarts;
			this.recordEnds = recordEnds;
			this.spanStarts = spanStarts;
			this.spanEnds = spanEnds;
			Arrays.sort(this.spanStarts);
			Arrays.sort(this.spanEnds);
		}

		/**
		 * The number of records (headers excluded).
		 * @return the record count
		 */
		public int rows() {
			return this.keys.size();
		}

		/**
		 * The 1-based number of the record an offset lies in, or 0 when it lies in none.
		 * @param offset a char offset
		 * @return the record number
		 */
		public int rowOf(long offset) {
			int found = Arrays.binarySearch(this.recordStarts, (int) Math.min(offset, Integer.MAX_VALUE));
			int index = (found >= 0) ? found : -found - 2;
			for (int i = index, steps = 0; i >= 0 && steps < 64; i--, steps++) {
				if (offset < this.recordEnds[i]) {
					return i + 1;
				}
			}
			return 0;
		}

		/**
		 * The key of the record an offset lies in.
		 * @param offset a char offset
		 * @return the record key, or {@code null} when it lies in none
		 */
		public String keyOf(long offset) {
			int row = rowOf(offset);
			return (row > 0) ? this.keys.get(row - 1) : null;
		}

		/**
		 * Whether an offset lies inside a value of a classified column.
		 * @param offset a char offset
		 * @return whether the column classification already covers it
		 */
		public boolean inClassifiedCell(long offset) {
			int found = Arrays.binarySearch(this.spanStarts, (int) Math.min(offset, Integer.MAX_VALUE));
			int index = (found >= 0) ? found : -found - 2;
			return index >= 0 && offset < this.spanEnds[index];
		}

	}

	/** The address columns of one record. */
	private static final class AddressParts {

		private final int offset;

		private final java.util.EnumMap<ColumnKind, String> parts = new java.util.EnumMap<>(ColumnKind.class);

		AddressParts(int offset) {
			this.offset = offset;
		}

		void put(ColumnKind kind, String value) {
			if (!value.isEmpty()) {
				this.parts.merge(kind, value, (a, b) -> a + " " + b);
			}
		}

		boolean isAddress() {
			return this.parts.containsKey(ColumnKind.ADDRESS) || this.parts.containsKey(ColumnKind.STREET)
					|| this.parts.containsKey(ColumnKind.CITY) || this.parts.containsKey(ColumnKind.POSTAL_CODE);
		}

		String canonical() {
			return String.join("|", this.parts.values()).toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
		}

		String residence() {
			String line = this.parts.get(ColumnKind.ADDRESS);
			if (line == null) {
				// street, city and ZIP read as one line: "Austin, TX" in a city column
				// followed by the ZIP column still tells the state
				line = String.join(", ",
						java.util.stream.Stream.of(ColumnKind.STREET, ColumnKind.CITY)
							.map(this.parts::get)
							.filter(java.util.Objects::nonNull)
							.toList())
						+ " " + this.parts.getOrDefault(ColumnKind.POSTAL_CODE, "");
			}
			return PostalAddress.residence(line, this.parts.get(ColumnKind.STATE), this.parts.get(ColumnKind.COUNTRY));
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
