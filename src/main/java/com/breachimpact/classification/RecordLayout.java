package com.breachimpact.classification;

/**
 * The layouts a text is read as records from, each with the prefix of its record keys.
 */
public enum RecordLayout {

	/**
	 * Delimited text (comma, semicolon, pipe, tab; spreadsheets and HTML tables as Tika
	 * renders them).
	 */
	DELIMITED("csv:row:"),

	/** Fixed-width text tables (report printouts, PDF text). */
	FIXED_WIDTH("table:row:"),

	/** JSON objects. */
	JSON("json:record:"),

	/** XML record elements. */
	XML("xml:record:");

	private final String keyPrefix;

	RecordLayout(String keyPrefix) {
		this.keyPrefix = keyPrefix;
	}

	/**
	 * The key of the n-th record of this layout in a text.
	 * @param number 1-based record number
	 * @return the key
	 */
	public String key(int number) {
		return this.keyPrefix + number;
	}

}
