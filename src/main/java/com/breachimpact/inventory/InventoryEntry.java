package com.breachimpact.inventory;

import java.time.Instant;

/**
 * An entry found while walking the inventory, before it is read.
 *
 * @param relativePath the path relative to the inventory root, with {@code /}
 * separators
 * @param type what the entry is
 * @param size the size in bytes as the file system reports it
 * @param modifiedAt the last-modified time
 */
public record InventoryEntry(String relativePath, EntryType type, long size, Instant modifiedAt) {

}
