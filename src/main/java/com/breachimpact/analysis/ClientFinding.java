package com.breachimpact.analysis;

import com.breachimpact.institution.EvidenceKind;

/**
 * Evidence for one client found in one member of an item: one row per value, with the
 * position of its first occurrence and how often it occurs.
 *
 * @param clientId the client
 * @param kind the evidence kind
 * @param maskedValue the value as it may be shown
 * @param location the member path inside the item, {@code ""} for the item itself
 * @param offset character offset of the first occurrence in the member's text (-1 for
 * path evidence)
 * @param line line of the first occurrence (0 for path evidence)
 * @param score the evidence weight
 * @param occurrences how often the value occurs in the member
 */
public record ClientFinding(String clientId, EvidenceKind kind, String maskedValue, String location, long offset,
		int line, double score, int occurrences) {

}
