package com.breachimpact.inventory;

import java.time.Instant;

/**
 * A file as the previous run of the case recorded it.
 *
 * @param itemId its ledger id in the previous run
 * @param size its size then
 * @param modifiedAt its modification time then
 * @param sha256 its SHA-256 then
 * @param reusable whether its analysis can be reused for unchanged content (analysed, or
 * failed for a reason of the content itself)
 */
public record PreviousItem(long itemId, long size, Instant modifiedAt, String sha256, boolean reusable) {

}
