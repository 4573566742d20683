package com.breachimpact.incremental;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The table {@code removed_item}: the files of a case's previous run that are gone from
 * the inventory, kept in history, never dropped silently.
 */
@Repository
public class JdbcRemovedItemRepository {

	/** The previous run's files with no row in the run, each recorded once. */
	private static final String RECORD_REMOVED = """
			INSERT INTO removed_item (run_id, rel_path, sha256, last_run_id, last_item_id)
			SELECT r.run_id, p.rel_path, p.sha256, p.run_id, p.item_id
			FROM scan_run r JOIN inventory_item p ON p.run_id = r.previous_run_id
			WHERE r.run_id = ? AND p.entry_type <> 'member' AND NOT EXISTS (
			    SELECT 1 FROM inventory_item c WHERE c.run_id = r.run_id AND c.rel_path = p.rel_path)
			  AND NOT EXISTS (SELECT 1 FROM removed_item x WHERE x.run_id = r.run_id AND x.rel_path = p.rel_path)""";

	private final JdbcTemplate jdbc;

	public JdbcRemovedItemRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Record the files of the case's previous run that a run no longer has.
	 * @param runId the run
	 * @return how many files were recorded as removed
	 */
	public int recordRemoved(long runId) {
		return this.jdbc.update(RECORD_REMOVED, runId);
	}

}
