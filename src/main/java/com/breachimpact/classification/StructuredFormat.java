package com.breachimpact.classification;

/**
 * The structure a text is classified under: structured formats first, free text
 * otherwise.
 */
public enum StructuredFormat {

	/** A NACHA ACH file of 94-character records. */
	NACHA,

	/**
	 * Delimited tables with a header naming their columns (CSV, TSV, spreadsheets and
	 * HTML tables as Tika renders them), wherever the header starts.
	 */
	CSV,

	/** Fixed-width text tables under a header line. */
	FIXED_WIDTH,

	/** JSON records. */
	JSON,

	/** XML records. */
	XML,

	/** Anything else: scanned with the free-text recognizers only. */
	FREE_TEXT;

	/**
	 * Decide the structure of a text. NACHA when the text starts with a 94-char file
	 * header record followed by a batch header or file control (whatever the name says);
	 * otherwise the layout {@link RecordReaders} reads records in (shipped column names);
	 * free text when there are none.
	 * @param fileName the file name, may be {@code null}
	 * @param mediaType the detected media type, may be {@code null}
	 * @param text the extracted text
	 * @return the structure
	 */
	public static StructuredFormat detect(String fileName, String mediaType, CharSequence text) {
		if (text == null || text.length() == 0) {
			return FREE_TEXT;
		}
		if (NachaRecordReader.looksLikeNacha(text)) {
			return NACHA;
		}
		return of(new RecordReaders(ColumnVocabulary.defaults()).read(text, fileName, mediaType).layout());
	}

	/**
	 * The format of a record layout.
	 * @param layout the layout, or {@code null} for none
	 * @return the format
	 */
	static StructuredFormat of(RecordLayout layout) {
		if (layout == null) {
			return FREE_TEXT;
		}
		return switch (layout) {
			case DELIMITED -> CSV;
			case FIXED_WIDTH -> FIXED_WIDTH;
			case JSON -> JSON;
			case XML -> XML;
		};
	}

}
