package com.breachimpact.inventory;

/**
 * What an inventory entry is on the file system. Only regular files are read; the others
 * are recorded in the ledger with the reason they were not.
 */
public enum EntryType {

	/** A regular file. */
	FILE,

	/** A symbolic link: recorded, never followed. */
	SYMLINK,

	/** A FIFO, socket or device file: recorded, never opened. */
	OTHER,

	/**
	 * A directory that could not be listed: recorded so that what it holds is known to be
	 * missing.
	 */
	DIRECTORY,

	/** A file the manifest lists that is not under the inventory root. */
	MISSING;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
