package com.breachimpact.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;

import com.breachimpact.inventory.FileDigester;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records the run (the job instance) before its first step: its case, the case's last
 * completed run it builds on, and the version (SHA-256) of the registry it maps against.
 * A restart keeps the row it has. A completed run is marked so, and becomes the base of
 * the case's next run.
 */
public class ScanRunRecorder implements JobExecutionListener {

	private final JdbcTemplate jdbc;

	public ScanRunRecorder(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		JobParameters parameters = jobExecution.getJobParameters();
		String registry = parameters.getString(ScanParameters.REGISTRY);
		String registrySha256;
		try {
			registrySha256 = FileDigester.sha256(Path.of(registry));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the registry " + registry, ex);
		}
		long runId = jobExecution.getJobInstanceId();
		String caseName = parameters.getString(ScanParameters.CASE);
		this.jdbc.update("""
				INSERT INTO scan_run (run_id, inventory_root, registry_path, registry_sha256, out_dir, started_at,
				    case_name, previous_run_id)
				SELECT ?, ?, ?, ?, ?, ?, ?,
				    (SELECT MAX(p.run_id) FROM scan_run p WHERE p.case_name = ? AND p.completed_at IS NOT NULL)
				WHERE NOT EXISTS (SELECT 1 FROM scan_run WHERE run_id = ?)""", runId,
				parameters.getString(ScanParameters.INVENTORY), registry, registrySha256,
				parameters.getString(ScanParameters.OUT), Timestamp.from(Instant.now()), caseName, caseName, runId);
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		if (jobExecution.getStatus() == BatchStatus.COMPLETED) {
			this.jdbc.update("UPDATE scan_run SET completed_at = ? WHERE run_id = ?", Timestamp.from(Instant.now()),
					jobExecution.getJobInstanceId());
		}
	}

}
