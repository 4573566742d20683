package com.breachimpact.extraction;

import java.util.Locale;

/**
 * How the extraction of a document (or one embedded member) ended. Only
 * {@link #OK} and {@link #TRUNCATED} yield text; every other status is a
 * failure whose code becomes the ledger reason.
 */
public enum ExtractionStatus {

	/** Text and metadata extracted completely. */
	OK,

	/** Text extracted up to the write limit; what follows it was not searched. */
	TRUNCATED,

	/** The file has no bytes. */
	EMPTY,

	/** The document is password-protected or encrypted. */
	ENCRYPTED,

	/** The parser rejected the document as malformed or truncated. */
	CORRUPT,

	/** The file could not be read (permission denied, I/O error). */
	UNREADABLE,

	/** The file disappeared between the walk and its analysis. */
	VANISHED;

	/** The status as a ledger reason code. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether text was extracted. */
	public boolean hasText() {
		return this == OK || this == TRUNCATED;
	}

}
