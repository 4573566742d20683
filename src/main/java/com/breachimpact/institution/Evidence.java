package com.breachimpact.institution;

/**
 * One piece of evidence that ties extracted text (or a path) to a client.
 *
 * @param clientId the client the evidence points to
 * @param kind what was found
 * @param maskedValue the value as it may be shown: names in clear, identifiers masked
 * (see {@code com.breachimpact.protection.Masking})
 * @param offset character offset in the text the evidence was found in, or -1 for path
 * evidence
 * @param line 1-based line in that text, or 0 for path evidence
 * @param score the weight this evidence brings towards attribution
 */
public record Evidence(String clientId, EvidenceKind kind, String maskedValue, long offset, int line, double score) {

}
