package com.breachimpact.review;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import com.breachimpact.institution.ClientRegistry;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Looks up the runs of a case in {@code scan_run}.
 */
public class CaseRuns {

	private final JdbcTemplate jdbc;

	public CaseRuns(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The case's latest completed run.
	 * @param caseName the case
	 * @return the run id, or empty when the case has no completed run
	 */
	public Optional<Long> latestCompleted(String caseName) {
		return Optional.ofNullable(this.jdbc.queryForObject(
				"SELECT MAX(run_id) FROM scan_run WHERE case_name = ? AND completed_at IS NOT NULL", Long.class,
				caseName));
	}

	/**
	 * The case's latest run, completed or not.
	 * @param caseName the case
	 * @return the run id, or empty when the case has no run
	 */
	public Optional<Long> latest(String caseName) {
		return Optional.ofNullable(
				this.jdbc.queryForObject("SELECT MAX(run_id) FROM scan_run WHERE case_name = ?", Long.class, caseName));
	}

	/**
	 * Every run of every case of the database, by case then run.
	 * @return the runs
	 */
	public List<CaseRun> all() {
		return this.jdbc.query(
				"SELECT case_name, run_id, inventory_root, started_at, completed_at FROM scan_run "
						+ "WHERE case_name IS NOT NULL ORDER BY case_name, run_id",
				(rs, row) -> new CaseRun(rs.getString(1), rs.getLong(2), rs.getString(3),
						rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class)));
	}

	/**
	 * The case of the database when it holds exactly one.
	 * @return the case name, or empty when there are none or several
	 */
	public Optional<String> onlyCase() {
		List<String> names = this.jdbc.queryForList(
				"SELECT DISTINCT case_name FROM scan_run WHERE case_name IS NOT NULL FETCH FIRST 2 ROWS ONLY",
				String.class);
		return (names.size() == 1) ? Optional.of(names.get(0)) : Optional.empty();
	}

	/**
	 * One run of a case.
	 *
	 * @param caseName the case
	 * @param runId the run
	 * @param inventoryRoot the inventory folder it scanned
	 * @param startedAt when it started
	 * @param completedAt when it completed, or {@code null}
	 */
	public record CaseRun(String caseName, long runId, String inventoryRoot, OffsetDateTime startedAt,
			OffsetDateTime completedAt) {

	}

	/**
	 * The case a run belongs to.
	 * @param runId the run
	 * @return the case name, or empty when there is no such run (or it has no case)
	 */
	public Optional<String> caseOf(long runId) {
		List<String> names = this.jdbc.queryForList("SELECT case_name FROM scan_run WHERE run_id = ?", String.class,
				runId);
		return names.isEmpty() ? Optional.empty() : Optional.ofNullable(names.get(0));
	}

	/**
	 * The registry file a run mapped against.
	 * @param runId the run
	 * @return the registry path as recorded
	 */
	public Path registryPath(long runId) {
		return Path
			.of(this.jdbc.queryForObject("SELECT registry_path FROM scan_run WHERE run_id = ?", String.class, runId));
	}

	/**
	 * The registry a run mapped against, read again from its file.
	 * @param runId the run
	 * @return the registry
	 * @throws com.breachimpact.institution.RegistryException if the file can no longer be
	 * read
	 */
	public ClientRegistry registry(long runId) {
		return ClientRegistry.load(registryPath(runId));
	}

}
