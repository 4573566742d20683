package com.breachimpact.extraction;

import java.util.Locale;

/**
 * How the extraction of a document (or one embedded member) ended. {@link #OK},
 * {@link #TRUNCATED} and the {@code LIMIT_*} statuses yield text (the last ones, the text
 * read before the limit was hit); every other status is a failure. Every status but
 * {@link #OK} becomes a ledger reason through {@link #code()}.
 */
public enum ExtractionStatus {

	/** Text and metadata extracted completely. */
	OK("ok"),

	/**
	 * Text extracted up to the write limit (characters per file); what follows it was not
	 * searched. Its code is {@code limit:chars}, like the other limits.
	 */
	TRUNCATED("limit:chars"),

	/** Members nested deeper than the depth limit were not read. */
	LIMIT_DEPTH("limit:depth"),

	/** Members past the member count limit were not read. */
	LIMIT_MEMBERS("limit:members"),

	/** Reading stopped when the bytes expanded from members passed the size limit. */
	LIMIT_BYTES("limit:bytes"),

	/**
	 * Reading stopped when the bytes expanded from members passed the expansion ratio
	 * limit (a compression bomb).
	 */
	LIMIT_RATIO("limit:ratio"),

	/** Reading stopped when the item's time limit was reached. */
	LIMIT_TIME("limit:time"),

	/** The file has no bytes. */
	EMPTY("empty"),

	/** The document is password-protected or encrypted. */
	ENCRYPTED("encrypted"),

	/** The parser rejected the document as malformed or truncated. */
	CORRUPT("corrupt"),

	/**
	 * The file could not be read (permission denied, I/O error, not a regular file).
	 */
	UNREADABLE("unreadable"),

	/** The file disappeared between the walk and its analysis. */
	VANISHED("vanished"),

	/**
	 * The file's content changed between the walk and its analysis (SHA-256 re-checked).
	 */
	CHANGED("changed"),

	/**
	 * The parser made no progress for too long or overran the item's time: it was killed
	 * (isolated extraction only).
	 */
	TIMEOUT("timeout"),

	/** The parser ran out of memory. */
	OOM("oom"),

	/**
	 * The parser overflowed its stack or its process died (isolated extraction).
	 */
	CRASH("crash");

	private final String code;

	ExtractionStatus(String code) {
		this.code = code;
	}

	/**
	 * The status as a ledger reason code: the lower-case name, or {@code limit:<which>}
	 * for the limits ({@code limit:chars}, {@code limit:depth}, {@code limit:members},
	 * {@code limit:bytes}, {@code limit:ratio}, {@code limit:time}).
	 */
	public String code() {
		return this.code;
	}

	/**
	 * Whether text was extracted: {@code true} for {@link #OK} and for the partial
	 * results ({@link #TRUNCATED} and the {@code LIMIT_*} statuses), whose parts hold the
	 * text read before the limit.
	 */
	public boolean hasText() {
		return this == OK || isLimit();
	}

	/**
	 * Whether this outcome depends on the circumstances of the run (file system, load, a
	 * parser's crash) rather than on the content alone, so that a rerun should try the
	 * content again instead of reusing it.
	 * @return whether the outcome is worth another attempt
	 */
	public boolean isTransient() {
		return this == UNREADABLE || this == VANISHED || this == CHANGED || this == TIMEOUT || this == OOM
				|| this == CRASH || this == LIMIT_TIME;
	}

	/**
	 * Whether this is a limit status ({@code limit:...}).
	 * @return whether the extraction stopped at a limit
	 */
	public boolean isLimit() {
		return this.code.startsWith("limit:");
	}

	/**
	 * The status with the given code.
	 * @param code a code as {@link #code()} returns it
	 * @return the status
	 * @throws IllegalArgumentException if no status has that code
	 */
	public static ExtractionStatus fromCode(String code) {
		for (ExtractionStatus status : values()) {
			if (status.code.equals(code)) {
				return status;
			}
		}
		throw new IllegalArgumentException("No extraction status with code '" + code.toLowerCase(Locale.ROOT) + "'");
	}

}
