package com.breachimpact.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;

import com.breachimpact.inventory.FileDigester;
import com.breachimpact.inventory.JdbcScanRunRepository;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Records the run (the job instance) before its first step: its case, the case's last
 * completed run it builds on, and the version (SHA-256) of the registry it maps against.
 * A restart keeps the row it has. A completed run is marked so, and becomes the base of
 * the case's next run.
 */
public class ScanRunRecorder implements JobExecutionListener {

	private final JdbcScanRunRepository runs;

	public ScanRunRecorder(JdbcScanRunRepository runs) {
		this.runs = runs;
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
		this.runs.recordStart(runId, parameters.getString(ScanParameters.INVENTORY), registry, registrySha256,
				parameters.getString(ScanParameters.OUT), Instant.now(), caseName);
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		if (jobExecution.getStatus() == BatchStatus.COMPLETED) {
			this.runs.recordCompletion(jobExecution.getJobInstanceId(), Instant.now());
		}
	}

}
