package com.breachimpact.sample;

/**
 * What text extraction is expected to make of a sample file.
 */
enum SampleOutcome {

	/** Text comes out. */
	EXTRACTS,

	/** The file holds no content at all. */
	EMPTY,

	/** Extraction is expected to fail (the notes say why). */
	FAILS;

	/**
	 * The word used in {@code EXPECTED.md}.
	 * @return the lower-case name
	 */
	String word() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
