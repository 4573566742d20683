package com.breachimpact.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;

import com.breachimpact.inventory.FileDigester;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records the run (the job instance) before its first step, with the version
 * (SHA-256) of the registry it maps against. A restart keeps the row it has.
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
		this.jdbc.update("""
				INSERT INTO scan_run (run_id, inventory_root, registry_path, registry_sha256, out_dir, started_at)
				SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM scan_run WHERE run_id = ?)""",
				jobExecution.getJobInstanceId(), parameters.getString(ScanParameters.INVENTORY), registry,
				registrySha256, parameters.getString(ScanParameters.OUT), Timestamp.from(Instant.now()),
				jobExecution.getJobInstanceId());
	}

}
