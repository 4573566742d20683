package com.breachimpact.inventory;

import java.nio.file.Path;
import java.time.Instant;

/**
 * An entry found while walking the inventory, before it is read.
 *
 * @param relativePath the path relative to the inventory root, with {@code /} separators
 * @param type what the entry is
 * @param size the size in bytes as the file system reports it
 * @param modifiedAt the last-modified time
 * @param path the entry's path on the file system as the walk found it (its name's bytes
 * may not survive a round trip through {@code relativePath}), or {@code null} when not
 * known
 * @param manifest what the inventory's manifest says of the file, or {@code null} for an
 * inventory walked as a folder
 */
public record InventoryEntry(String relativePath, EntryType type, long size, Instant modifiedAt, Path path,
		ManifestRecord manifest) {

	/**
	 * An entry found by walking a folder.
	 * @param relativePath the path relative to the inventory root
	 * @param type what the entry is
	 * @param size the size in bytes
	 * @param modifiedAt the last-modified time
	 * @param path the entry's path on the file system
	 */
	public InventoryEntry(String relativePath, EntryType type, long size, Instant modifiedAt, Path path) {
		this(relativePath, type, size, modifiedAt, path, null);
	}

	/**
	 * An entry without its file system path.
	 * @param relativePath the path relative to the inventory root
	 * @param type what the entry is
	 * @param size the size in bytes
	 * @param modifiedAt the last-modified time
	 */
	public InventoryEntry(String relativePath, EntryType type, long size, Instant modifiedAt) {
		this(relativePath, type, size, modifiedAt, null, null);
	}

	/**
	 * Whether the name could not be decoded as text: such a file can be read through
	 * {@link #path()} during the walk but not found again by its ledger path.
	 * @return whether the ledger path holds replacement characters
	 */
	public boolean hasUndecodableName() {
		return this.relativePath.indexOf('\uFFFD') >= 0;
	}

}
