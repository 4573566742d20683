package com.breachimpact.analysis;

import java.util.List;

import com.breachimpact.institution.AmbiguousCandidate;
import com.breachimpact.inventory.JdbcInventoryItemRepository;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The table {@code ambiguous_candidate}: names shared by several clients (namesakes) that
 * nothing in an item settled, one row per name and set of namesakes per member of an
 * item. Never counted for a client.
 */
@Repository
public class JdbcAmbiguousCandidateRepository {

	private static final String INSERT = """
			INSERT INTO ambiguous_candidate (run_id, item_id, location, name, candidate_ids, line_no, occurrences,
			    context)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String CARRY = """
			INSERT INTO ambiguous_candidate (run_id, item_id, location, name, candidate_ids, line_no, occurrences,
			    context)
			SELECT t.run_id, t.item_id, c.location, c.name, c.candidate_ids, c.line_no, c.occurrences, c.context
			""" + JdbcInventoryItemRepository.carriedWhole("JOIN ambiguous_candidate c ON c.item_id = s.item_id");

	private static final String OF_RUN_BY_PATH = """
			SELECT i.rel_path, c.location, c.name, c.candidate_ids, c.line_no, c.occurrences, c.context
			FROM ambiguous_candidate c JOIN inventory_item i ON i.item_id = c.item_id
			WHERE c.run_id = ? AND i.run_id = ?
			ORDER BY i.rel_path, c.location, c.line_no, c.name""";

	private final JdbcTemplate jdbc;

	public JdbcAmbiguousCandidateRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Insert ambiguous candidates, in one batch (in the caller's transaction).
	 * @param rows the rows of {@link #row(long, long, AmbiguousCandidate)}
	 */
	public void insert(List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(INSERT, rows);
		}
	}

	/**
	 * The row of one ambiguous candidate, for {@link #insert(List)}.
	 * @param runId the run
	 * @param itemId the item
	 * @param candidate the unsettled name
	 * @return the row's values
	 */
	public static Object[] row(long runId, long itemId, AmbiguousCandidate candidate) {
		return new Object[] { runId, itemId, candidate.location(), candidate.name(),
				String.join(",", candidate.candidateIds()), candidate.line(), candidate.occurrences(),
				candidate.context() };
	}

	/**
	 * Give the pending items of a run that take over their source's analysis whole the
	 * source's ambiguous candidates.
	 * @param runId the run
	 */
	public void carryForward(long runId) {
		this.jdbc.update(CARRY, runId);
	}

	/**
	 * The ambiguous candidates of a run, by path, member, line and name, with the item's
	 * path ({@code rel_path}, {@code location}, {@code name}, {@code candidate_ids},
	 * {@code line_no}, {@code occurrences}, {@code context}).
	 * @param runId the run
	 * @param rows called with each candidate
	 */
	public void forEachOfRun(long runId, RowCallbackHandler rows) {
		this.jdbc.query(OF_RUN_BY_PATH, rows, runId, runId);
	}

}
