package com.breachimpact.inventory;

import org.springframework.jdbc.core.RowMapper;

/**
 * A pending ledger item, as the analyse step reads it.
 *
 * @param itemId the ledger id
 * @param relativePath the path under the inventory root
 * @param size the size recorded at ingest
 * @param sha256 the SHA-256 recorded at ingest
 */
public record LedgerItem(long itemId, String relativePath, long size, String sha256) {

	/**
	 * Maps the columns {@code item_id, relative_path, size, sha256} by name (a
	 * {@code DataClassRowMapper} first asks for {@code itemid}, which the embedded
	 * database logs as an error with a stack trace on every page).
	 */
	public static final RowMapper<LedgerItem> ROW_MAPPER = (row, rowNum) -> new LedgerItem(row.getLong("item_id"),
			row.getString("relative_path"), row.getLong("size"), row.getString("sha256"));

}
