package com.breachimpact.inventory;

/**
 * An inventory entry as recorded in the ledger by the ingest step.
 *
 * @param entry the entry found by the walk
 * @param sha256 the hex SHA-256 of the file's bytes, or {@code null} when it could not be
 * read
 * @param status {@link ItemStatus#PENDING} for a readable file, else
 * {@link ItemStatus#FAILED}
 * @param reason why the entry failed, or {@code null}
 * @param detail a message for investigators, or {@code null}
 * @param sourceItemId the item of the previous run whose analysis this one reuses (the
 * same file, unchanged), or {@code null}
 */
public record LedgerEntry(InventoryEntry entry, String sha256, ItemStatus status, String reason, String detail,
		Long sourceItemId) {

	static LedgerEntry pending(InventoryEntry entry, String sha256) {
		return new LedgerEntry(entry, sha256, ItemStatus.PENDING, null, null, null);
	}

	static LedgerEntry unchanged(InventoryEntry entry, String sha256, long sourceItemId) {
		return new LedgerEntry(entry, sha256, ItemStatus.PENDING, null, null, sourceItemId);
	}

	static LedgerEntry failed(InventoryEntry entry, String reason, String detail) {
		return new LedgerEntry(entry, null, ItemStatus.FAILED, reason, detail, null);
	}

}
