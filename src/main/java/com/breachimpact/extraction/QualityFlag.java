package com.breachimpact.extraction;

/**
 * A warning on the text extracted from a file: the extraction did not fail, but its text
 * is probably not all the file holds, so a search of it may miss evidence.
 * {@link ExtractionQuality} decides them.
 */
public enum QualityFlag {

	/** The file has bytes but no part yielded a single non-blank character. */
	NO_TEXT,

	/**
	 * The file is larger than {@value ExtractionQuality#LARGE_FILE_BYTES} bytes and
	 * yielded fewer non-blank characters than one per KiB of it.
	 */
	LITTLE_TEXT_FROM_LARGE_FILE,

	/**
	 * A PDF part has pages but fewer than {@value ExtractionQuality#MIN_CHARS_PER_PAGE}
	 * non-blank characters per page: scanned images that need OCR.
	 */
	NEEDS_OCR,

	/**
	 * Most whitespace-separated tokens of a part are not words or numbers (binary read as
	 * text, a wrong character set, mojibake).
	 */
	HIGH_NON_WORD_SHARE

}
