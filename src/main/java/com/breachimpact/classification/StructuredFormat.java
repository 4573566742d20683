package com.breachimpact.classification;

import java.util.Locale;

/**
 * The structure a text is classified under: structured formats first, free text
 * otherwise.
 */
public enum StructuredFormat {

	/** A NACHA ACH file of 94-character records. */
	NACHA,

	/** Delimited text whose first row is a header naming its columns. */
	CSV,

	/** Anything else: scanned with the free-text recognizers only. */
	FREE_TEXT;

	/**
	 * Decide the structure of a text. NACHA when the text starts with a 94-char file
	 * header record followed by a batch header or file control (whatever the name says);
	 * CSV when a header row names at least one known column and either the name or media
	 * type says delimited text, or the header is followed by two rows of as many cells;
	 * free text otherwise.
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
		if (CsvRecordClassifier.hasHeader(text)
				&& (delimitedByName(fileName, mediaType) || firstLineHasDelimiters(text))) {
			return CSV;
		}
		return FREE_TEXT;
	}

	private static boolean delimitedByName(String fileName, String mediaType) {
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		String type = (mediaType != null) ? mediaType.toLowerCase(Locale.ROOT) : "";
		return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".psv") || name.endsWith(".txt")
				|| name.endsWith(".dat") || type.contains("csv") || type.contains("tab-separated")
				|| type.startsWith("text/plain");
	}

	private static boolean firstLineHasDelimiters(CharSequence text) {
		CharSequence head = text.subSequence(0, Math.min(text.length(), 65536));
		DelimitedRecords records = new DelimitedRecords(head, DelimitedRecords.guessDelimiter(head));
		DelimitedRecords.Row header = records.next();
		for (int row = 0; row < 2; row++) {
			DelimitedRecords.Row next = records.next();
			if (header == null || next == null || next.cells().size() != header.cells().size()) {
				return false;
			}
		}
		return true;
	}

}
