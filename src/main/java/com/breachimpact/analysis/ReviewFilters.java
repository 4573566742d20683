package com.breachimpact.analysis;

/**
 * SQL conditions on {@code item_attribution} (aliased {@code a}) that the reports apply
 * so that review decisions take effect: rejected attributions leave the client's counts
 * and are listed apart; manual ones are counted and marked.
 */
public final class ReviewFilters {

	/** The attributions a client's counts are made of: all but the rejected ones. */
	public static final String COUNTED = "COALESCE(a.review_status, 'unreviewed') <> 'rejected'";

	/** The rejected attributions, for the appendix of a client's report. */
	public static final String REJECTED = "a.review_status = 'rejected'";

	/** Attributions an investigator added (score 0, evidence kinds {@code MANUAL}). */
	public static final String MANUAL = "a.evidence_kinds = 'MANUAL'";

	/** Attributions whose decision went stale: a second look is needed. */
	public static final String STALE = "a.review_status = 'stale'";

	private ReviewFilters() {
	}

}
