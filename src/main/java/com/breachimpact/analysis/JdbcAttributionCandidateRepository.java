package com.breachimpact.analysis;

import java.util.List;

import com.breachimpact.inventory.JdbcInventoryItemRepository;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The table {@code attribution_candidate}: every (leaf, client) pair with evidence that
 * stayed under the attribution threshold. Never dropped silently: such a pair is in
 * {@code unmatched.csv} and in the review queue.
 */
@Repository
public class JdbcAttributionCandidateRepository {

	private static final String INSERT = """
			INSERT INTO attribution_candidate (run_id, item_id, location, client_id, score, evidence_kinds)
			VALUES (?, ?, ?, ?, ?, ?)""";

	private static final String CARRY = """
			INSERT INTO attribution_candidate (run_id, item_id, location, client_id, score, evidence_kinds)
			SELECT t.run_id, t.item_id, c.location, c.client_id, c.score, c.evidence_kinds
			""" + JdbcInventoryItemRepository.carriedWhole("JOIN attribution_candidate c ON c.item_id = s.item_id");

	private static final String OF_RUN_WITH_ITEMS = """
			SELECT c.item_id, c.location, c.client_id, c.score, c.evidence_kinds, i.rel_path, i.sha256
			FROM attribution_candidate c JOIN inventory_item i ON i.item_id = c.item_id
			WHERE c.run_id = ?""";

	private final JdbcTemplate jdbc;

	public JdbcAttributionCandidateRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Insert candidates, in one batch (in the caller's transaction).
	 * @param rows the rows of {@link #row(long, long, ClientAttribution)}
	 */
	public void insert(List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(INSERT, rows);
		}
	}

	/**
	 * The row of one candidate, for {@link #insert(List)}.
	 * @param runId the run
	 * @param itemId the item
	 * @param candidate the (leaf, client) pair under the threshold
	 * @return the row's values
	 */
	public static Object[] row(long runId, long itemId, ClientAttribution candidate) {
		return new Object[] { runId, itemId, candidate.location(), candidate.clientId(), candidate.score(),
				candidate.evidenceKinds() };
	}

	/**
	 * Give the pending items of a run that take over their source's analysis whole the
	 * source's candidates.
	 * @param runId the run
	 */
	public void carryForward(long runId) {
		this.jdbc.update(CARRY, runId);
	}

	/**
	 * Every candidate of a run with its item's path and content ({@code item_id},
	 * {@code location}, {@code client_id}, {@code score}, {@code evidence_kinds},
	 * {@code rel_path}, {@code sha256}).
	 * @param runId the run
	 * @param rows called with each candidate
	 */
	public void forEachOfRun(long runId, RowCallbackHandler rows) {
		this.jdbc.query(OF_RUN_WITH_ITEMS, rows, runId);
	}

}
