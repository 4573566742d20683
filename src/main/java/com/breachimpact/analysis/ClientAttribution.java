package com.breachimpact.analysis;

/**
 * An item attributed to a client.
 *
 * @param clientId the client
 * @param score the evidence score that reached the threshold
 * @param evidenceKinds the kinds of evidence that counted, comma-separated
 */
public record ClientAttribution(String clientId, double score, String evidenceKinds) {

}
