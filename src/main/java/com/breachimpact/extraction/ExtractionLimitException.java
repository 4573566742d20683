package com.breachimpact.extraction;

import java.io.IOException;

/**
 * Thrown into a parser to stop it when a file hits one of its {@link ExtractionLimits
 * limits}. An {@link IOException} so that it passes through the parsers' stream handling;
 * the limit is recorded in the {@link ExtractionLimits} whatever a parser makes of the
 * exception.
 */
class ExtractionLimitException extends IOException {

	private static final long serialVersionUID = 1L;

	private final ExtractionStatus limit;

	ExtractionLimitException(ExtractionStatus limit, String message) {
		super(message);
		this.limit = limit;
	}

	/** The limit that was hit, one of the {@code LIMIT_*} statuses. */
	ExtractionStatus limit() {
		return this.limit;
	}

}
