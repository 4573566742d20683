package com.breachimpact.inventory;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.breachimpact.institution.ClientRegistry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The table {@code scan_run}: one row per run (job instance) of a case, with the
 * inventory it read, the registry version it mapped against, the case's run it builds on
 * and when it completed.
 */
@Repository
public class JdbcScanRunRepository {

	/**
	 * Record a run, after the case's last completed run; a restarted run keeps its row.
	 */
	private static final String INSERT = """
			INSERT INTO scan_run (run_id, inventory_root, registry_path, registry_sha256, out_dir, started_at,
			    case_name, previous_run_id)
			SELECT ?, ?, ?, ?, ?, ?, ?,
			    (SELECT MAX(p.run_id) FROM scan_run p WHERE p.case_name = ? AND p.completed_at IS NOT NULL)
			WHERE NOT EXISTS (SELECT 1 FROM scan_run WHERE run_id = ?)""";

	private static final String COMPLETE = "UPDATE scan_run SET completed_at = ? WHERE run_id = ?";

	private static final String FIND = "SELECT inventory_root, registry_path, registry_sha256, started_at FROM scan_run"
			+ " WHERE run_id = ?";

	private static final String PREVIOUS_RUN = "SELECT previous_run_id FROM scan_run WHERE run_id = ?";

	private static final String LATEST_COMPLETED = "SELECT MAX(run_id) FROM scan_run WHERE case_name = ?"
			+ " AND completed_at IS NOT NULL";

	private static final String LATEST = "SELECT MAX(run_id) FROM scan_run WHERE case_name = ?";

	private static final String CASE_OF = "SELECT case_name FROM scan_run WHERE run_id = ?";

	private static final String ALL = "SELECT case_name, run_id, inventory_root, started_at, completed_at"
			+ " FROM scan_run WHERE case_name IS NOT NULL ORDER BY case_name, run_id";

	private static final String CASES = "SELECT DISTINCT case_name FROM scan_run WHERE case_name IS NOT NULL"
			+ " FETCH FIRST 2 ROWS ONLY";

	private static final String REGISTRY_PATH = "SELECT registry_path FROM scan_run WHERE run_id = ?";

	private static final String IN_CASE = "SELECT case_name, previous_run_id, started_at FROM scan_run WHERE run_id = ?";

	private static final String START_TIMES = "SELECT run_id, started_at FROM scan_run WHERE case_name = ? AND run_id <= ?";

	private final JdbcTemplate jdbc;

	public JdbcScanRunRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Record the start of a run, unless it is recorded already (a restart).
	 * @param runId the run
	 * @param inventoryRoot the inventory folder
	 * @param registryPath the client registry file
	 * @param registrySha256 the SHA-256 of the registry file
	 * @param outDir the reports folder
	 * @param startedAt when it started
	 * @param caseName the case, whose last completed run the run builds on
	 */
	public void recordStart(long runId, String inventoryRoot, String registryPath, String registrySha256, String outDir,
			Instant startedAt, String caseName) {
		this.jdbc.update(INSERT, runId, inventoryRoot, registryPath, registrySha256, outDir, Timestamp.from(startedAt),
				caseName, caseName, runId);
	}

	/**
	 * Mark a run completed: the base of the case's next run.
	 * @param runId the run
	 * @param completedAt when it completed
	 */
	public void recordCompletion(long runId, Instant completedAt) {
		this.jdbc.update(COMPLETE, Timestamp.from(completedAt), runId);
	}

	/**
	 * A recorded run.
	 * @param runId the run
	 * @return the run, or empty when there is no such run
	 */
	public Optional<ScanRun> find(long runId) {
		return this.jdbc.query(FIND, (rows) -> {
			if (!rows.next()) {
				return Optional.empty();
			}
			return Optional.of(new ScanRun(runId, rows.getString("inventory_root"), rows.getString("registry_path"),
					rows.getString("registry_sha256"), rows.getTimestamp("started_at").toInstant()));
		}, runId);
	}

	/**
	 * The case's run a run builds on.
	 * @param runId the run
	 * @return the previous run's id, or {@code null} for the case's first run
	 */
	public Long previousRunId(long runId) {
		return this.jdbc.queryForObject(PREVIOUS_RUN, Long.class, runId);
	}

	/**
	 * The case's latest completed run.
	 * @param caseName the case
	 * @return the run id, or empty when the case has no completed run
	 */
	public Optional<Long> latestCompleted(String caseName) {
		return Optional.ofNullable(this.jdbc.queryForObject(LATEST_COMPLETED, Long.class, caseName));
	}

	/**
	 * The case's latest run, completed or not.
	 * @param caseName the case
	 * @return the run id, or empty when the case has no run
	 */
	public Optional<Long> latest(String caseName) {
		return Optional.ofNullable(this.jdbc.queryForObject(LATEST, Long.class, caseName));
	}

	/**
	 * Every run of every case of the database, by case then run.
	 * @return the runs
	 */
	public List<CaseRun> all() {
		return this.jdbc.query(ALL, (rs, row) -> new CaseRun(rs.getString(1), rs.getLong(2), rs.getString(3),
				rs.getTimestamp(4).toInstant(), (rs.getTimestamp(5) != null) ? rs.getTimestamp(5).toInstant() : null));
	}

	/**
	 * The case of the database when it holds exactly one.
	 * @return the case name, or empty when there are none or several
	 */
	public Optional<String> onlyCase() {
		List<String> names = this.jdbc.queryForList(CASES, String.class);
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
	public record CaseRun(String caseName, long runId, String inventoryRoot, Instant startedAt, Instant completedAt) {

	}

	/**
	 * The case a run belongs to.
	 * @param runId the run
	 * @return the case name, or empty when there is no such run (or it has no case)
	 */
	public Optional<String> caseOf(long runId) {
		List<String> names = this.jdbc.queryForList(CASE_OF, String.class, runId);
		return names.isEmpty() ? Optional.empty() : Optional.ofNullable(names.get(0));
	}

	/**
	 * The registry file a run mapped against.
	 * @param runId the run
	 * @return the registry file
	 */
	public Path registryPath(long runId) {
		return Path.of(this.jdbc.queryForObject(REGISTRY_PATH, String.class, runId));
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

	/**
	 * A run's place in its case.
	 * @param runId the run
	 * @return the run's case, previous run and start, or empty when there is no such run
	 */
	public Optional<RunInCase> inCase(long runId) {
		List<RunInCase> runs = this.jdbc.query(IN_CASE,
				(row, n) -> new RunInCase(runId, row.getString("case_name"),
						row.getObject("previous_run_id", Long.class), row.getTimestamp("started_at").toInstant()),
				runId);
		return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(0));
	}

	/**
	 * When each run of a case up to a run started.
	 * @param caseName the case
	 * @param upToRunId the last run
	 * @return the start of each run by id
	 */
	public Map<Long, Instant> startTimes(String caseName, long upToRunId) {
		Map<Long, Instant> started = new HashMap<>();
		this.jdbc.query(START_TIMES, (RowCallbackHandler) (row) -> started.put(row.getLong("run_id"),
				row.getTimestamp("started_at").toInstant()), caseName, upToRunId);
		return started;
	}

	/**
	 * A run's place in its case.
	 *
	 * @param runId the run
	 * @param caseName its case, or {@code null}
	 * @param previousRunId the case's run it builds on, or {@code null}
	 * @param startedAt when it started
	 */
	public record RunInCase(long runId, String caseName, Long previousRunId, Instant startedAt) {

	}

	/**
	 * A recorded run.
	 *
	 * @param runId the run (job instance) id
	 * @param inventoryRoot the inventory folder the run read
	 * @param registryPath the client registry file
	 * @param registrySha256 the SHA-256 of the registry file the run used
	 * @param startedAt when the run started
	 */
	public record ScanRun(long runId, String inventoryRoot, String registryPath, String registrySha256,
			Instant startedAt) {

	}

}
