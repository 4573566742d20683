package com.breachimpact.classification;

import java.util.List;
import java.util.Locale;

/**
 * The one way a text is read as records: JSON or XML when its name, media type or first
 * char says so, delimited tables otherwise, then fixed-width tables when no delimited
 * table was found. Thread-safe.
 */
public final class RecordReaders {

	private final DelimitedTableReader delimited;

	private final FixedWidthTableReader fixedWidth;

	private final JsonRecordReader json = new JsonRecordReader();

	private final XmlRecordReader xml = new XmlRecordReader();

	/**
	 * Readers naming columns with a vocabulary.
	 * @param vocabulary the column names
	 */
	public RecordReaders(ColumnVocabulary vocabulary) {
		this.delimited = new DelimitedTableReader(vocabulary);
		this.fixedWidth = new FixedWidthTableReader(vocabulary);
	}

	/**
	 * The records of a text and the layout they were read in.
	 *
	 * @param layout the layout, {@code null} when there are no records
	 * @param records the records, in text order
	 */
	public record Records(RecordLayout layout, List<TextRecord> records) {

		static final Records NONE = new Records(null, List.of());

	}

	/**
	 * Read the records of a text.
	 * @param text the text
	 * @param fileName the file or member name, may be {@code null}
	 * @param mediaType the detected media type, may be {@code null}
	 * @return the records, {@link Records#layout()} {@code null} when there are none
	 */
	public Records read(CharSequence text, String fileName, String mediaType) {
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		String type = (mediaType != null) ? mediaType.toLowerCase(Locale.ROOT) : "";
		char first = firstChar(text);
		if (name.endsWith(".json") || name.endsWith(".jsonl") || type.contains("json") || first == '{'
				|| first == '[') {
			List<TextRecord> records = this.json.read(text);
			if (!records.isEmpty()) {
				return new Records(RecordLayout.JSON, records);
			}
		}
		if (name.endsWith(".xml") || type.contains("xml") && !type.contains("openxml") || first == '<') {
			List<TextRecord> records = this.xml.read(text);
			if (!records.isEmpty()) {
				return new Records(RecordLayout.XML, records);
			}
		}
		TextLines lines = new TextLines(text);
		List<TextRecord> records = this.delimited.read(text, lines);
		if (!records.isEmpty()) {
			return new Records(RecordLayout.DELIMITED, records);
		}
		records = this.fixedWidth.read(text, lines);
		if (!records.isEmpty()) {
			return new Records(RecordLayout.FIXED_WIDTH, records);
		}
		return Records.NONE;
	}

	private static char firstChar(CharSequence text) {
		for (int i = 0; i < text.length() && i < 1024; i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && c != '\uFEFF') {
				return c;
			}
		}
		return 0;
	}

}
