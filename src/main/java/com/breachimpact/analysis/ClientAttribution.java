package com.breachimpact.analysis;

/**
 * The score of one client for one leaf of an item (the item itself or one of its
 * members): an attribution when it reaches the threshold, else a candidate for review.
 *
 * @param clientId the client
 * @param location the member path inside the item, {@code ""} for the item itself
 * @param score the evidence score
 * @param evidenceKinds the kinds of evidence that counted, comma-separated
 */
public record ClientAttribution(String clientId, String location, double score, String evidenceKinds) {

}
