package com.breachimpact.inventory;

/**
 * A pending ledger item, as the analyse step reads it.
 *
 * @param itemId the ledger id
 * @param relativePath the path under the inventory root
 * @param size the size recorded at ingest
 * @param sha256 the SHA-256 recorded at ingest
 */
public record LedgerItem(long itemId, String relativePath, long size, String sha256) {

}
