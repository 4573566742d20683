package com.breachimpact.analysis;

import java.util.List;

import com.breachimpact.inventory.JdbcInventoryItemRepository;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The table {@code item_attribution}: which clients each leaf of an item (the item, or a
 * member of it) is attributed to, with the score, the evidence kinds that decided it and
 * the review the review step gave it. Its conditions ({@link #COUNTED},
 * {@link #REJECTED}, ...) are what the reports apply so that review decisions take
 * effect.
 */
@Repository
public class JdbcItemAttributionRepository {

	/**
	 * The attributions (aliased {@code a}) a client's counts are made of: all but the
	 * rejected ones.
	 */
	public static final String COUNTED = "COALESCE(a.review_status, 'unreviewed') <> 'rejected'";

	/** The rejected attributions (aliased {@code a}), for the appendix of a report. */
	public static final String REJECTED = "a.review_status = 'rejected'";

	/** The evidence kinds of a manual attribution (an investigator's {@code added}). */
	public static final String MANUAL_EVIDENCE_KINDS = "MANUAL";

	/**
	 * Attributions (aliased {@code a}) an investigator added (score 0, evidence kinds
	 * {@value #MANUAL_EVIDENCE_KINDS}).
	 */
	public static final String MANUAL = "a.evidence_kinds = '" + MANUAL_EVIDENCE_KINDS + "'";

	private static final String INSERT = """
			INSERT INTO item_attribution (run_id, item_id, location, client_id, score, evidence_kinds)
			VALUES (?, ?, ?, ?, ?, ?)""";

	private static final String CARRY = """
			INSERT INTO item_attribution (run_id, item_id, location, client_id, score, evidence_kinds)
			SELECT t.run_id, t.item_id, a.location, a.client_id, a.score, a.evidence_kinds
			""" + JdbcInventoryItemRepository.carriedWhole("JOIN item_attribution a ON a.item_id = s.item_id");

	private static final String DELETE_MANUAL = "DELETE FROM item_attribution WHERE run_id = ? AND evidence_kinds = '"
			+ MANUAL_EVIDENCE_KINDS + "'";

	private static final String RESET_REVIEW = """
			UPDATE item_attribution SET review_status = ?, review_reason = NULL, review_decision_id = NULL
			WHERE run_id = ?""";

	private static final String INSERT_MANUAL = """
			INSERT INTO item_attribution (run_id, item_id, location, client_id, score, evidence_kinds,
			    review_status, review_reason, review_decision_id)
			VALUES (?, ?, ?, ?, 0, '""" + MANUAL_EVIDENCE_KINDS + "', ?, ?, ?)";

	/** A decision without a member ({@code location} '') covers the whole file. */
	private static final String MARK_REVIEWED = """
			UPDATE item_attribution SET review_status = ?, review_reason = ?, review_decision_id = ?
			WHERE item_id = ? AND client_id = ? AND (location = ? OR ? = '')""";

	private static final String COUNT_BY_REVIEW_STATUS = """
			SELECT review_status, COUNT(*) AS n FROM item_attribution WHERE run_id = ? GROUP BY review_status""";

	private static final String COUNT_BY_REVIEW_STATUS_OF_CLIENT = """
			SELECT review_status, COUNT(*) AS n FROM item_attribution WHERE run_id = ? AND client_id = ?
			GROUP BY review_status""";

	private static final String REJECTED_OF_CLIENT = """
			SELECT i.rel_path, a.location, i.sha256, a.score, a.evidence_kinds, a.review_reason, d.decided_by, d.decided_at
			FROM item_attribution a JOIN inventory_item i ON i.item_id = a.item_id
			LEFT JOIN review_decision d ON d.decision_id = a.review_decision_id
			WHERE a.run_id = ? AND a.client_id = ? AND"""
			+ " " + REJECTED + " ORDER BY i.rel_path, a.location";

	private static final String OF_RUN_WITH_ITEMS = """
			SELECT a.item_id, a.location, a.client_id, a.score, a.evidence_kinds, a.review_status, i.rel_path,
			       i.sha256
			FROM item_attribution a JOIN inventory_item i ON i.item_id = a.item_id
			WHERE a.run_id = ?""";

	private static final String COUNTED_CLIENTS = "SELECT DISTINCT a.client_id FROM item_attribution a"
			+ " WHERE a.run_id = ? AND " + COUNTED;

	private static final String COUNTED_BY_CLIENT_AND_KINDS = """
			SELECT a.client_id, a.evidence_kinds, COUNT(*) AS files FROM item_attribution a
			WHERE a.run_id = ? AND""" + " " + COUNTED + " GROUP BY a.client_id, a.evidence_kinds";

	private static final String COUNTED_LEAVES = "SELECT COUNT(*) FROM (SELECT DISTINCT a.item_id, a.location"
			+ " FROM item_attribution a WHERE a.run_id = ? AND " + COUNTED + ") leaves";

	/**
	 * A run's counted attributions whose leaf content (or path, for an unreadable file)
	 * the baseline run had not attributed to the same client.
	 */
	/**
	 * A run's counted attributions that the baseline run did not have: no counted
	 * attribution of the same client and leaf location to the same content (or, for an
	 * item without a hash, at the same path). The two cases are two anti-joins rather
	 * than one with an {@code OR}, so that each looks its candidates up by index (content
	 * through {@code inventory_item_sha256}, path through the ledger's unique path)
	 * instead of comparing every attribution with every attribution of the client in the
	 * baseline: on the embedded database the {@code OR} form took a third of a
	 * steady-state rerun of 20,000 files (bench/README).
	 */
	private static final String NEW_SINCE = """
			SELECT a.client_id, a.item_id, a.location, i.rel_path
			FROM item_attribution a JOIN inventory_item i ON i.item_id = a.item_id
			WHERE a.run_id = ? AND %1$s AND NOT EXISTS (
			    SELECT 1 FROM inventory_item j JOIN item_attribution b ON b.item_id = j.item_id
			    WHERE j.sha256 = i.sha256 AND b.run_id = ? AND b.client_id = a.client_id AND b.location = a.location
			      AND %2$s)
			  AND NOT (i.sha256 IS NULL AND EXISTS (
			    SELECT 1 FROM inventory_item j JOIN item_attribution b ON b.item_id = j.item_id
			    WHERE j.run_id = ? AND j.rel_path = i.rel_path AND b.run_id = j.run_id AND b.client_id = a.client_id
			      AND b.location = a.location AND %2$s))""".formatted(COUNTED, COUNTED.replace("a.", "b."));

	private final JdbcTemplate jdbc;

	public JdbcItemAttributionRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Insert attributions, in one batch (in the caller's transaction).
	 * @param rows the rows of {@link #row(long, long, ClientAttribution)}
	 */
	public void insert(List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(INSERT, rows);
		}
	}

	/**
	 * The row of one attribution, for {@link #insert(List)}.
	 * @param runId the run
	 * @param itemId the item
	 * @param attribution the attribution
	 * @return the row's values
	 */
	public static Object[] row(long runId, long itemId, ClientAttribution attribution) {
		return new Object[] { runId, itemId, attribution.location(), attribution.clientId(), attribution.score(),
				attribution.evidenceKinds() };
	}

	/**
	 * Give the pending items of a run that take over their source's analysis whole the
	 * source's attributions (with no review: the review step sets it).
	 * @param runId the run
	 */
	public void carryForward(long runId) {
		this.jdbc.update(CARRY, runId);
	}

	/**
	 * Delete a run's manual attributions (derived from decisions, they are made again).
	 * @param runId the run
	 */
	public void deleteManual(long runId) {
		this.jdbc.update(DELETE_MANUAL, runId);
	}

	/**
	 * Give every attribution of a run one review status, with no reason nor decision.
	 * @param runId the run
	 * @param status the status's code
	 */
	public void resetReview(long runId, String status) {
		this.jdbc.update(RESET_REVIEW, status, runId);
	}

	/**
	 * Insert a manual attribution (score 0, evidence kinds
	 * {@value #MANUAL_EVIDENCE_KINDS}).
	 * @param runId the run
	 * @param itemId the item
	 * @param location the leaf inside the item, {@code ""} for the item itself
	 * @param clientId the client
	 * @param status the review status's code
	 * @param reason the review reason, or {@code null}
	 * @param decisionId the decision that added it
	 */
	public void insertManual(long runId, long itemId, String location, String clientId, String status, String reason,
			long decisionId) {
		this.jdbc.update(INSERT_MANUAL, runId, itemId, location, clientId, status, reason, decisionId);
	}

	/**
	 * Set the review of the attributions of an item to a client that a decision is about:
	 * of one member, or with {@code location} {@code ""} of the whole file (the file
	 * itself and every member).
	 * @param itemId the item
	 * @param location the member, or {@code ""}
	 * @param clientId the client
	 * @param status the review status's code
	 * @param reason the review reason, or {@code null}
	 * @param decisionId the decision
	 * @return how many attributions were marked
	 */
	public int markReviewed(long itemId, String location, String clientId, String status, String reason,
			long decisionId) {
		return this.jdbc.update(MARK_REVIEWED, status, reason, decisionId, itemId, clientId, location, location);
	}

	/**
	 * Count a run's attributions by review status.
	 * @param runId the run
	 * @param rows called with {@code review_status} and the count {@code n}
	 */
	public void countByReviewStatus(long runId, RowCallbackHandler rows) {
		this.jdbc.query(COUNT_BY_REVIEW_STATUS, rows, runId);
	}

	/**
	 * Count a client's attributions in a run by review status.
	 * @param runId the run
	 * @param clientId the client
	 * @param rows called with {@code review_status} and the count {@code n}
	 */
	public void countByReviewStatus(long runId, String clientId, RowCallbackHandler rows) {
		this.jdbc.query(COUNT_BY_REVIEW_STATUS_OF_CLIENT, rows, runId, clientId);
	}

	/**
	 * A client's rejected attributions in a run, by path and member, with the item and
	 * the rejecting decision ({@code rel_path}, {@code location}, {@code sha256},
	 * {@code score}, {@code evidence_kinds}, {@code review_reason}, {@code decided_by},
	 * {@code decided_at}).
	 * @param <T> the type of a rejected attribution
	 * @param runId the run
	 * @param clientId the client
	 * @param mapper maps one row
	 * @return the rejected attributions
	 */
	public <T> List<T> rejected(long runId, String clientId, RowMapper<T> mapper) {
		return this.jdbc.query(REJECTED_OF_CLIENT, mapper, runId, clientId);
	}

	/**
	 * Every attribution of a run with its item's path and content ({@code item_id},
	 * {@code location}, {@code client_id}, {@code score}, {@code evidence_kinds},
	 * {@code review_status}, {@code rel_path}, {@code sha256}).
	 * @param runId the run
	 * @param rows called with each attribution
	 */
	public void forEachOfRun(long runId, RowCallbackHandler rows) {
		this.jdbc.query(OF_RUN_WITH_ITEMS, rows, runId);
	}

	/**
	 * The clients with counted (not rejected) attributions in a run.
	 * @param runId the run
	 * @return their ids
	 */
	public List<String> countedClients(long runId) {
		return this.jdbc.queryForList(COUNTED_CLIENTS, String.class, runId);
	}

	/**
	 * The counted attributions of a run that are new since a baseline run: their leaf's
	 * content (or, for a file that could not be read, its path) was not attributed to the
	 * same client in the baseline.
	 * @param runId the run
	 * @param baselineRunId the baseline run
	 * @param rows called with {@code client_id}, {@code item_id}, {@code location} and
	 * {@code rel_path} of each
	 */
	public void newSince(long runId, long baselineRunId, RowCallbackHandler rows) {
		this.jdbc.query(NEW_SINCE, rows, runId, baselineRunId, baselineRunId);
	}

	/**
	 * Count a run's counted attributions per client and evidence kinds.
	 * @param runId the run
	 * @param rows called with {@code client_id}, {@code evidence_kinds} and the count
	 * {@code files}
	 */
	public void countCountedByClientAndKinds(long runId, RowCallbackHandler rows) {
		this.jdbc.query(COUNTED_BY_CLIENT_AND_KINDS, rows, runId);
	}

	/**
	 * The number of leaves of a run attributed (counted) to at least one client.
	 * @param runId the run
	 * @return the number of leaves
	 */
	public long countCountedLeaves(long runId) {
		Long leaves = this.jdbc.queryForObject(COUNTED_LEAVES, Long.class, runId);
		return (leaves != null) ? leaves : 0;
	}

}
