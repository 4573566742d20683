package com.breachimpact.analysis;

import java.util.List;

import com.breachimpact.inventory.JdbcInventoryItemRepository;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The table {@code unknown_identifier}: valid institution identifiers that are in no
 * client's registry entry, masked, compared by keyed hash.
 */
@Repository
public class JdbcUnknownIdentifierRepository {

	private static final String INSERT = """
			INSERT INTO unknown_identifier (run_id, item_id, kind, masked_value, value_hash) VALUES (?, ?, ?, ?, ?)""";

	private static final String CARRY = """
			INSERT INTO unknown_identifier (run_id, item_id, kind, masked_value, value_hash)
			SELECT t.run_id, t.item_id, u.kind, u.masked_value, u.value_hash
			""" + JdbcInventoryItemRepository.carriedWhole("JOIN unknown_identifier u ON u.item_id = s.item_id");

	private static final String COUNT_FILES_BY_VALUE = """
			SELECT kind, MIN(masked_value) AS masked_value, COUNT(DISTINCT item_id) AS files
			FROM unknown_identifier WHERE run_id = ?
			GROUP BY kind, value_hash ORDER BY files DESC, kind, masked_value""";

	private final JdbcTemplate jdbc;

	public JdbcUnknownIdentifierRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Insert unknown identifiers, in one batch (in the caller's transaction).
	 * @param rows the rows of {@link #row(long, long, UnknownInstitution)}
	 */
	public void insert(List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(INSERT, rows);
		}
	}

	/**
	 * The row of one unknown identifier, for {@link #insert(List)}.
	 * @param runId the run
	 * @param itemId the item
	 * @param institution the identifier
	 * @return the row's values
	 */
	public static Object[] row(long runId, long itemId, UnknownInstitution institution) {
		return new Object[] { runId, itemId, institution.kind(), institution.maskedValue(), institution.valueHash() };
	}

	/**
	 * Give the pending items of a run that take over their source's analysis whole the
	 * source's unknown identifiers.
	 * @param runId the run
	 */
	public void carryForward(long runId) {
		this.jdbc.update(CARRY, runId);
	}

	/**
	 * The distinct unknown identifiers of a run, in the most files first, then by kind
	 * and masked value.
	 * @param runId the run
	 * @param rows called with {@code kind}, {@code masked_value} and the number of
	 * {@code files}
	 */
	public void countFilesByValue(long runId, RowCallbackHandler rows) {
		this.jdbc.query(COUNT_FILES_BY_VALUE, rows, runId);
	}

}
