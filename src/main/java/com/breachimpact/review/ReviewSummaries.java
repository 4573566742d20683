package com.breachimpact.review;

import java.sql.Timestamp;
import java.util.List;

import com.breachimpact.analysis.JdbcItemAttributionRepository;
import com.breachimpact.classification.PathMasking;
import com.breachimpact.inventory.JdbcScanRunRepository;
import com.breachimpact.inventory.LeafPaths;

/**
 * Reads the {@link ReviewSummary} of a client in a run from its attributions as the
 * review step left them, and the client's current note.
 */
public class ReviewSummaries {

	private final JdbcItemAttributionRepository attributions;

	private final JdbcReviewDecisionRepository decisions;

	private final JdbcScanRunRepository runs;

	public ReviewSummaries(JdbcItemAttributionRepository attributions, JdbcReviewDecisionRepository decisions,
			JdbcScanRunRepository runs) {
		this.attributions = attributions;
		this.decisions = decisions;
		this.runs = runs;
	}

	/**
	 * The review of a client in a run.
	 * @param runId the run
	 * @param clientId the client
	 * @return the summary (all zero when the client has no attribution in the run)
	 */
	public ReviewSummary of(long runId, String clientId) {
		int[] counts = new int[ReviewStatus.values().length];
		this.attributions.countByReviewStatus(runId, clientId, (row) -> {
			counts[ReviewStatus.fromCode(row.getString("review_status")).ordinal()] += row.getInt("n");
		});
		List<ReviewSummary.RejectedFile> rejected = this.attributions.rejected(runId, clientId, (row, n) -> {
			Timestamp at = row.getTimestamp("decided_at");
			return new ReviewSummary.RejectedFile(
					PathMasking.mask(LeafPaths.of(row.getString("rel_path"), row.getString("location"))),
					row.getString("sha256"), row.getDouble("score"), row.getString("evidence_kinds"),
					row.getString("review_reason"), row.getString("decided_by"), (at != null) ? at.toInstant() : null);
		});
		String note = this.runs.caseOf(runId)
			.map((caseName) -> this.decisions.clientNote(caseName, clientId))
			.orElse(null);
		return new ReviewSummary(clientId, counts[ReviewStatus.CONFIRMED.ordinal()],
				counts[ReviewStatus.REJECTED.ordinal()], counts[ReviewStatus.UNREVIEWED.ordinal()],
				counts[ReviewStatus.STALE.ordinal()], counts[ReviewStatus.ADDED.ordinal()], rejected, note);
	}

}
