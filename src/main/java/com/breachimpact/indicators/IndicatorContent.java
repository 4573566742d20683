package com.breachimpact.indicators;

import java.time.Instant;

/**
 * One distinct content among a client's attributed items: what an indicator and a row of
 * {@code hashes.csv} are made of.
 *
 * @param sha256 the content's SHA-256, lower-case hex
 * @param size the size in bytes
 * @param mediaType the detected media type, or {@code null}
 * @param name the base name of the first of the client's paths holding the content (no
 * folder: folders may name other clients)
 * @param firstSeenRunId the case's first run that attributed the content to the client
 * @param firstSeenAt when that run started
 * @param newSincePreviousRun whether the case's previous run did not attribute the
 * content to the client (always {@code true} in a case's first run)
 */
record IndicatorContent(String sha256, long size, String mediaType, String name, long firstSeenRunId,
		Instant firstSeenAt, boolean newSincePreviousRun) {

}
