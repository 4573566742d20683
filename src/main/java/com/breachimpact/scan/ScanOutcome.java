package com.breachimpact.scan;

import java.nio.file.Path;
import java.time.Duration;

import com.breachimpact.inventory.Reconciliation;

import org.springframework.batch.core.BatchStatus;

/**
 * What a scan execution ended with.
 *
 * @param runId the run (job instance) id
 * @param executionId the job execution id
 * @param status the execution's batch status
 * @param reconciliation the ledger's accounting after the execution
 * @param out the reports folder
 * @param duration how long the execution took
 * @param bytes bytes of the files analysed
 * @param failure a one-line reason when the execution failed, else {@code null}
 */
public record ScanOutcome(long runId, long executionId, BatchStatus status, Reconciliation reconciliation, Path out,
		Duration duration, long bytes, String failure) {

	/** Whether the run completed with every file accounted for. */
	public boolean isComplete() {
		return this.status == BatchStatus.COMPLETED && this.reconciliation.isComplete();
	}

}
