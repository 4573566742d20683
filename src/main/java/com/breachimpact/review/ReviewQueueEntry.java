package com.breachimpact.review;

import java.util.List;

import com.breachimpact.classification.Severity;

/**
 * One (leaf, client) pair of a run that needs an investigator.
 *
 * @param caseName the run's case
 * @param runId the run
 * @param clientId the client
 * @param clientName the client's legal name ({@code ""} when the registry no longer has
 * it)
 * @param clientSeverity the client's severity in the run
 * @param path the item's path in the inventory
 * @param location the member of the item the pair is about, {@code ""} for the item
 * itself
 * @param sha256 the item's content, or {@code null} when it could not be read
 * @param score the attribution's score, or {@code null} when the item is not attributed
 * to the client
 * @param evidenceKinds the kinds that decided the attribution ({@code ""} when not
 * attributed)
 * @param evidence the masked evidence ({@code KIND value}, distinct)
 * @param reasons why the pair is in the queue
 * @param reviewStatus the pair's review status in the run
 */
public record ReviewQueueEntry(String caseName, long runId, String clientId, String clientName, Severity clientSeverity,
		String path, String location, String sha256, Double score, String evidenceKinds, List<String> evidence,
		List<String> reasons, ReviewStatus reviewStatus) {

	/** Low score: under the attribution threshold plus the review margin. */
	public static final String LOW_SCORE = "low-score";

	/** Evidence under the threshold: not attributed, an investigator may add it. */
	public static final String UNDER_THRESHOLD = "under-threshold";

	/** Only a name or alias decided the attribution. */
	public static final String NAME_ONLY = "name-only";

	/**
	 * The client's severity is {@code review}: just around the notification threshold.
	 */
	public static final String CLIENT_SEVERITY_REVIEW = "client-severity-review";

	/** The item failed extraction but lies in the client's platform folder. */
	public static final String FAILED_IN_CLIENT_FOLDER = "failed-in-client-folder";

	/** A decision exists but the evidence changed since. */
	public static final String EVIDENCE_CHANGED = "evidence-changed";

	public ReviewQueueEntry {
		evidence = List.copyOf(evidence);
		reasons = List.copyOf(reasons);
	}

}
