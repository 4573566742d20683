package com.breachimpact.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import com.breachimpact.analysis.ReviewFilters;
import com.breachimpact.classification.PathMasking;
import com.breachimpact.inventory.JdbcScanRunRepository;
import com.breachimpact.inventory.LeafPaths;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review of one client in one run, as the reports show it: how many of the client's
 * attributions are confirmed, rejected, unreviewed, stale or added, the rejected files
 * with their reasons (for the report's appendix), and the client's current note.
 *
 * @param clientId the client
 * @param confirmed attributions confirmed by an investigator
 * @param rejected attributions rejected (not counted in the client's impact)
 * @param unreviewed attributions no one decided on
 * @param stale attributions whose decision needs a second look (counted, not applied)
 * @param added manual attributions an investigator added
 * @param rejectedFiles the rejected attributions, by path
 * @param note the client's current note, or {@code null}
 */
public record ReviewSummary(String clientId, int confirmed, int rejected, int unreviewed, int stale, int added,
		List<RejectedFile> rejectedFiles, String note) {

	public ReviewSummary

	{
		rejectedFiles = List.copyOf(rejectedFiles);
	}

	/**
	 * The review of a client in a run, from {@code item_attribution} as the review step
	 * left it.
	 * @param jdbc the database
	 * @param runId the run
	 * @param clientId the client
	 * @return the summary (all zero when the client has no attribution in the run)
	 */
	public static ReviewSummary of(JdbcTemplate jdbc, long runId, String clientId) {
		int[] counts = new int[ReviewStatus.values().length];
		jdbc.query("""
				SELECT review_status, COUNT(*) AS n FROM item_attribution WHERE run_id = ? AND client_id = ?
				GROUP BY review_status""", (row) -> {
			counts[ReviewStatus.fromCode(row.getString("review_status")).ordinal()] += row.getInt("n");
		}, runId, clientId);
		List<RejectedFile> rejected = jdbc
			.query("""
					SELECT i.rel_path, a.location, i.sha256, a.score, a.evidence_kinds, a.review_reason, d.decided_by, d.decided_at
					FROM item_attribution a JOIN inventory_item i ON i.item_id = a.item_id
					LEFT JOIN review_decision d ON d.decision_id = a.review_decision_id
					WHERE a.run_id = ? AND a.client_id = ? AND"""
					+ " " + ReviewFilters.REJECTED + " ORDER BY i.rel_path, a.location", (row, n) -> {
						Timestamp at = row.getTimestamp("decided_at");
						return new RejectedFile(
								PathMasking.mask(LeafPaths.of(row.getString("rel_path"), row.getString("location"))),
								row.getString("sha256"), row.getDouble("score"), row.getString("evidence_kinds"),
								row.getString("review_reason"), row.getString("decided_by"),
								(at != null) ? at.toInstant() : null);
					}, runId, clientId);
		String note = new JdbcScanRunRepository(jdbc).caseOf(runId)
			.map((caseName) -> new ReviewDecisions(jdbc).clientNote(caseName, clientId))
			.orElse(null);
		return new ReviewSummary(clientId, counts[ReviewStatus.CONFIRMED.ordinal()],
				counts[ReviewStatus.REJECTED.ordinal()], counts[ReviewStatus.UNREVIEWED.ordinal()],
				counts[ReviewStatus.STALE.ordinal()], counts[ReviewStatus.ADDED.ordinal()], rejected, note);
	}

	/**
	 * The attributions that count in the client's impact: all but the rejected.
	 * @return confirmed + unreviewed + stale + added
	 */
	public int counted() {
		return this.confirmed + this.unreviewed + this.stale + this.added;
	}

	/**
	 * Whether an investigator reviewed the client: it has counted attributions and every
	 * one of them is confirmed or added (none unreviewed or stale). With
	 * {@code breach-impact.review.notify-reviewed-only}, only reviewed clients go on the
	 * notification list.
	 * @return whether the client is reviewed
	 */
	public boolean reviewed() {
		return counted() > 0 && this.unreviewed == 0 && this.stale == 0;
	}

	/**
	 * A rejected attribution.
	 *
	 * @param path the file's path in the run
	 * @param sha256 its content
	 * @param score the automation's score
	 * @param evidenceKinds the kinds that decided it
	 * @param reason the investigator's reason
	 * @param decidedBy who rejected it
	 * @param decidedAt when
	 */
	public record RejectedFile(String path, String sha256, double score, String evidenceKinds, String reason,
			String decidedBy, Instant decidedAt) {
	}

}
