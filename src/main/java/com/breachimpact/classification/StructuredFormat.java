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
	 * Decide the structure of a text. NACHA when the text starts with a 94-char
	 * file header record followed by a batch header or file control (whatever the
	 * name says); CSV when a header row names at least one known column and either
	 * the name or media type says delimited text, or the header is followed by rows
	 * of as many cells; free text otherwise.
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
		if (CsvRecordClassifier.hasHeader(text) && (delimitedByName(fileName, mediaType) || firstLineHasDelimiters(text))) {
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
		char delimiter = DelimitedRecords.guessDelimiter(text);
		int count = 0;
		int lines = 0;
		int[] perLine = new int[3];
		int limit = Math.min(text.length(), 65536);
		for (int i = 0; i < limit && lines < 3; i++) {
			char c = text.charAt(i);
			if (c == delimiter) {
				count++;
			}
			else if (c == '\n') {
				perLine[lines++] = count;
				count = 0;
			}
		}
		if (lines < 3) {
			return false;
		}
		return perLine[0] > 0 && perLine[0] == perLine[1] && perLine[1] == perLine[2];
	}

}
