package com.breachimpact.review;

import java.util.Locale;

/**
 * Where an attribution of a run stands in the investigators' review, as the
 * {@code item_attribution.review_status} column holds it.
 */
public enum ReviewStatus {

	/** An investigator confirmed the attribution, on the evidence it still has. */
	CONFIRMED,

	/** An investigator rejected the attribution: it leaves the client's counts. */
	REJECTED,

	/** No investigator decided on it yet. */
	UNREVIEWED,

	/**
	 * A decision exists but the evidence changed since: it needs a second look and is not
	 * applied.
	 */
	STALE,

	/**
	 * An investigator added the attribution the automation missed (score 0, evidence
	 * {@code MANUAL}).
	 */
	ADDED;

	/**
	 * The status as stored in the database.
	 * @return the lower-case name
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The status of a stored code; {@code null} (a run the review step has not reached)
	 * is {@link #UNREVIEWED}.
	 * @param code the stored code, or {@code null}
	 * @return the status
	 * @throws IllegalArgumentException if the code is not one of the statuses
	 */
	public static ReviewStatus fromCode(String code) {
		return (code != null) ? valueOf(code.toUpperCase(Locale.ROOT)) : UNREVIEWED;
	}

}
