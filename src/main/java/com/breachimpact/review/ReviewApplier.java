package com.breachimpact.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.breachimpact.inventory.JdbcScanRunRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Applies the current review decisions of a run's case to the run's attributions: each
 * becomes {@code confirmed}, {@code rejected}, {@code unreviewed} or {@code stale} (a
 * decision whose evidence changed since: not applied, needs a second look), and each
 * {@code added} decision becomes a manual attribution (score 0, evidence kinds
 * {@code MANUAL}) of every item of the run with that content. A decision names a member
 * of the file ({@code location}) or, without one, covers the whole file: the file itself
 * and every member attributed to the client. Idempotent: applying twice gives the same
 * rows. Runs in the caller's transaction.
 */
public class ReviewApplier {

	/** The evidence kinds of a manual attribution. */
	public static final String MANUAL = "MANUAL";

	private static final Logger logger = LoggerFactory.getLogger(ReviewApplier.class);

	private final JdbcTemplate jdbc;

	private final ReviewDecisions decisions;

	private final JdbcScanRunRepository runs;

	public ReviewApplier(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.decisions = new ReviewDecisions(jdbc);
		this.runs = new JdbcScanRunRepository(jdbc);
	}

	/**
	 * Apply the decisions of the run's case to the run.
	 * @param runId the run
	 * @return how many attributions of the run have each status afterwards
	 */
	public Map<ReviewStatus, Integer> apply(long runId) {
		// manual rows are derived from decisions: a rerun may have carried some over from
		// its source run
		this.jdbc.update("DELETE FROM item_attribution WHERE run_id = ? AND evidence_kinds = ?", runId, MANUAL);
		this.jdbc.update("""
				UPDATE item_attribution SET review_status = ?, review_reason = NULL, review_decision_id = NULL
				WHERE run_id = ?""", ReviewStatus.UNREVIEWED.code(), runId);
		String caseName = this.runs.caseOf(runId).orElse(null);
		if (caseName != null) {
			// decisions on a whole file first, so that one on a member of it is applied
			// last
			List<ReviewDecision> current = new ArrayList<>(this.decisions.current(caseName));
			current.sort(Comparator.comparing((ReviewDecision decision) -> !decision.location().isEmpty()));
			for (ReviewDecision decision : current) {
				if (decision.kind() != DecisionKind.NOTE && decision.sha256() != null) {
					apply(runId, decision);
				}
			}
		}
		Map<ReviewStatus, Integer> counts = new EnumMap<>(ReviewStatus.class);
		this.jdbc.query(
				"SELECT review_status, COUNT(*) AS n FROM item_attribution WHERE run_id = ? GROUP BY review_status",
				(row) -> {
					counts.put(ReviewStatus.fromCode(row.getString("review_status")), row.getInt("n"));
				}, runId);
		logger.info("Run {}: review of attributions {}", runId, counts);
		return counts;
	}

	private void apply(long runId, ReviewDecision decision) {
		List<Long> items = this.jdbc.queryForList(
				"SELECT item_id FROM inventory_item WHERE run_id = ? AND sha256 = ? AND entry_type = 'file' ORDER BY item_id",
				Long.class, runId, decision.sha256());
		for (long itemId : items) {
			boolean same = EvidenceFingerprint.of(this.jdbc, itemId, decision.location(), decision.clientId())
				.equals(decision.evidenceFingerprint());
			String reason = same ? decision.reason() : staleReason(decision);
			if (decision.kind() == DecisionKind.ADDED) {
				ReviewStatus status = same ? ReviewStatus.ADDED : ReviewStatus.STALE;
				int updated = mark(itemId, decision, same ? ReviewStatus.CONFIRMED : ReviewStatus.STALE, reason);
				if (updated == 0) {
					this.jdbc.update("""
							INSERT INTO item_attribution (run_id, item_id, location, client_id, score, evidence_kinds,
							    review_status, review_reason, review_decision_id)
							VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?)""", runId, itemId, decision.location(),
							decision.clientId(), MANUAL, status.code(), reason, decision.decisionId());
				}
			}
			else {
				ReviewStatus status = !same ? ReviewStatus.STALE
						: (decision.kind() == DecisionKind.REJECTED) ? ReviewStatus.REJECTED : ReviewStatus.CONFIRMED;
				mark(itemId, decision, status, reason);
			}
		}
	}

	/**
	 * Mark the attributions a decision is about: of its member, or without a member of
	 * the whole file (the file itself and every member).
	 */
	private int mark(long itemId, ReviewDecision decision, ReviewStatus status, String reason) {
		return this.jdbc.update("""
				UPDATE item_attribution SET review_status = ?, review_reason = ?, review_decision_id = ?
				WHERE item_id = ? AND client_id = ? AND (location = ? OR ? = '')""", status.code(), reason,
				decision.decisionId(), itemId, decision.clientId(), decision.location(), decision.location());
	}

	private static String staleReason(ReviewDecision decision) {
		return "needs second look: evidence changed since " + decision.kind().code() + " by " + decision.decidedBy()
				+ " at " + decision.decidedAt() + ((decision.reason() != null) ? " (" + decision.reason() + ")" : "");
	}

}
