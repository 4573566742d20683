package com.breachimpact.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.breachimpact.analysis.JdbcClientFindingRepository;
import com.breachimpact.analysis.JdbcItemAttributionRepository;
import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.inventory.JdbcScanRunRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
	public static final String MANUAL = JdbcItemAttributionRepository.MANUAL_EVIDENCE_KINDS;

	private static final Logger logger = LoggerFactory.getLogger(ReviewApplier.class);

	private final JdbcItemAttributionRepository attributions;

	private final JdbcClientFindingRepository findings;

	private final JdbcInventoryItemRepository items;

	private final JdbcReviewDecisionRepository decisions;

	private final JdbcScanRunRepository runs;

	/**
	 * An applier of review decisions.
	 * @param attributions the attributions it reviews
	 * @param findings the evidence, whose fingerprint tells a stale decision
	 * @param items the ledger, for the files of a content
	 * @param decisions the decisions
	 * @param runs the runs, for a run's case
	 */
	public ReviewApplier(JdbcItemAttributionRepository attributions, JdbcClientFindingRepository findings,
			JdbcInventoryItemRepository items, JdbcReviewDecisionRepository decisions, JdbcScanRunRepository runs) {
		this.attributions = attributions;
		this.findings = findings;
		this.items = items;
		this.decisions = decisions;
		this.runs = runs;
	}

	/**
	 * Apply the decisions of the run's case to the run.
	 * @param runId the run
	 * @return how many attributions of the run have each status afterwards
	 */
	public Map<ReviewStatus, Integer> apply(long runId) {
		// manual rows are derived from decisions: a rerun may have carried some over from
		// its source run
		this.attributions.deleteManual(runId);
		this.attributions.resetReview(runId, ReviewStatus.UNREVIEWED.code());
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
		this.attributions.countByReviewStatus(runId, (row) -> {
			counts.put(ReviewStatus.fromCode(row.getString("review_status")), row.getInt("n"));
		});
		logger.info("Run {}: review of attributions {}", runId, counts);
		return counts;
	}

	private void apply(long runId, ReviewDecision decision) {
		for (long itemId : this.items.filesWithContent(runId, decision.sha256())) {
			boolean same = EvidenceFingerprint
				.of(this.findings.evidence(itemId, decision.location(), decision.clientId()))
				.equals(decision.evidenceFingerprint());
			String reason = same ? decision.reason() : staleReason(decision);
			if (decision.kind() == DecisionKind.ADDED) {
				ReviewStatus status = same ? ReviewStatus.ADDED : ReviewStatus.STALE;
				int updated = mark(itemId, decision, same ? ReviewStatus.CONFIRMED : ReviewStatus.STALE, reason);
				if (updated == 0) {
					this.attributions.insertManual(runId, itemId, decision.location(), decision.clientId(),
							status.code(), reason, decision.decisionId());
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
		return this.attributions.markReviewed(itemId, decision.location(), decision.clientId(), status.code(), reason,
				decision.decisionId());
	}

	private static String staleReason(ReviewDecision decision) {
		return "needs second look: evidence changed since " + decision.kind().code() + " by " + decision.decidedBy()
				+ " at " + decision.decidedAt() + ((decision.reason() != null) ? " (" + decision.reason() + ")" : "");
	}

}
