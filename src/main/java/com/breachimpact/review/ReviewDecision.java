package com.breachimpact.review;

import java.time.Instant;

/**
 * One stored decision of an investigator (a row of {@code review_decision}).
 *
 * @param decisionId the decision's id, in the order decisions were made
 * @param caseName the case
 * @param sha256 the content decided on (for a member, the content of its file), or
 * {@code null} for a client note
 * @param location the member decided on inside that content ({@code outer.zip!/f.csv} has
 * {@code f.csv}), {@code ""} for the file itself
 * @param clientId the client
 * @param kind what was decided
 * @param reason why (always present for a rejection)
 * @param note the investigator's note, or {@code null}
 * @param path the path the investigator saw, or {@code null}
 * @param runId the run whose evidence the investigator saw, or {@code null}
 * @param decidedBy who decided
 * @param decidedAt when the decision was imported
 * @param evidenceFingerprint the {@link EvidenceFingerprint} of the evidence then, or
 * {@code null} for a client note
 * @param supersededBy the newer decision that replaced this one, or {@code null} while it
 * is current
 */
public record ReviewDecision(long decisionId, String caseName, String sha256, String location, String clientId,
		DecisionKind kind, String reason, String note, String path, Long runId, String decidedBy, Instant decidedAt,
		String evidenceFingerprint, Long supersededBy) {

	public ReviewDecision {
		location = (location != null) ? location : "";
	}

	/**
	 * Whether no newer decision replaced this one.
	 * @return whether it is current
	 */
	public boolean current() {
		return this.supersededBy == null;
	}

}
