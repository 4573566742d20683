package com.breachimpact.inventory;

import java.nio.file.Path;
import java.time.Instant;

/**
 * An entry found while walking the inventory, before it is read.
 *
 * @param relativePath the path relative to the inventory root, with {@code /}
 * separators
 * @param type what the entry is
 * @param size the size in bytes as the file system reports it
 * @param modifiedAt the last-modified time
 * @param path the entry's path on the file system as the walk found it (its
 * name's bytes may not survive a round trip through {@code relativePath}), or
 * {@code null} when not known
 */
public record InventoryEntry(String relativePath, EntryType type, long size, Instant modifiedAt, Path path) {

	/**
	 * An entry without its file system path.
	 * @param relativePath the path relative to the inventory root
	 * @param type what the entry is
	 * @param size the size in bytes
	 * @param modifiedAt the last-modified time
	 */
	public InventoryEntry(String relativePath, EntryType type, long size, Instant modifiedAt) {
		this(relativePath, type, size, modifiedAt, null);
	}

	/**
	 * Whether the name could not be decoded as text: such a file can be read
	 * through {@link #path()} during the walk but not found again by its ledger
	 * path.
	 * @return whether the ledger path holds replacement characters
	 */
	public boolean hasUndecodableName() {
		return this.relativePath.indexOf('\uFFFD') >= 0;
	}

}
