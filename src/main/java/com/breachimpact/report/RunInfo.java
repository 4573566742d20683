package com.breachimpact.report;

import java.time.Instant;

import com.breachimpact.inventory.JdbcScanRunRepository;

/**
 * What a reader needs to check and reproduce a report: the run, the inventory it read,
 * the registry version and the run's accounting line.
 *
 * @param runId the run (job instance) id
 * @param inventoryRoot the inventory folder the run read
 * @param registryPath the client registry file
 * @param registrySha256 the SHA-256 of the registry file the run used
 * @param startedAt when the run started
 * @param reconciliationLine the run's reconciliation line
 */
public record RunInfo(long runId, String inventoryRoot, String registryPath, String registrySha256, Instant startedAt,
		String reconciliationLine) {

	/**
	 * Read a run's facts from {@code scan_run}.
	 * @param runs the runs
	 * @param runId the run
	 * @param reconciliationLine the run's reconciliation line
	 * @return the run's facts; empty strings when the run has no {@code scan_run} row
	 */
	public static RunInfo of(JdbcScanRunRepository runs, long runId, String reconciliationLine) {
		return runs.find(runId)
			.map((run) -> new RunInfo(runId, run.inventoryRoot(), run.registryPath(), run.registrySha256(),
					run.startedAt(), reconciliationLine))
			.orElseGet(() -> new RunInfo(runId, "", "", "", null, reconciliationLine));
	}

}
