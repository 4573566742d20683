package com.breachimpact.review;

import java.nio.file.Path;
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
