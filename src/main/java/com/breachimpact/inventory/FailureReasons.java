package com.breachimpact.inventory;

/**
 * The reason codes of failed ledger items that the file system decides (the extractor
 * adds its own: empty, encrypted, corrupt, ...).
 */
public final class FailureReasons {

	/** A symbolic link: never followed. */
	public static final String SYMLINK = "symlink";

	/** A FIFO, socket or device: never opened. */
	public static final String SPECIAL_FILE = "special-file";

	/** Permission denied or another read error. */
	public static final String UNREADABLE = "unreadable";

	/** The file was there at the walk and gone when read. */
	public static final String VANISHED = "vanished";

	/** A file the manifest lists is not under the inventory root. */
	public static final String MISSING = "missing";

	/** The file's size or SHA-256 is not the one the manifest gives. */
	public static final String MANIFEST_MISMATCH = "manifest-mismatch";

	/** The file's name is not valid text (UTF-8): hashed at ingest, not analysed. */
	public static final String UNDECODABLE_NAME = "undecodable-name";

	/** The file's content changed between ingest and analysis. */
	public static final String CHANGED = "changed";

	private FailureReasons() {
	}

}
