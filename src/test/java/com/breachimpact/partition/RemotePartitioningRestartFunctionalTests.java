package com.breachimpact.partition;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A remote scan whose only worker is killed in the middle of a partition fails when the
 * manager's timeout passes, with no partition left running, and a restart served by a new
 * worker completes it with the reports of a single-threaded scan.
 */
// The timeout bounds the whole analyse step, the restart's included: a restart served by
// a new worker JVM, which starts its extraction JVM on its first item, needs far more
// than a few seconds on a loaded machine (at a load of 23 on 2 cores a worker's first
// chunk took 23 s), so a timeout of seconds failed the restart (FAILED, expected
// COMPLETED) and left no worker midway through a partition before the first scan ended.
@TestPropertySource(properties = "breach-impact.partition.timeout=75s")
class RemotePartitioningRestartFunctionalTests extends RemotePartitioningTestSupport {

	@TempDir
	Path dir;

	@Autowired
	JobOperator jobOperator;

	@Test
	void aScanWhoseOnlyWorkerIsKilledFailsAndARestartWithANewWorkerCompletesIt() throws Exception {
		// given
		List<WorkerProcess> running = workers(1);
		Path baseline = BusyInventory.reports(this.context);
		Path out = this.dir.resolve("remote");
		CompletableFuture<Scanned> scan = scanInBackground(BusyInventory.root(), BusyInventory.registry(), out);
		killMidPartition(running, out);

		// when
		JobExecution failed = scan.get(180, TimeUnit.SECONDS).execution();
		WorkerProcess replacement = workers(1).get(0);
		JobExecution restarted = this.jobOperator.restart(failed);

		// then
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(partitions(failed, "STARTING") + partitions(failed, "STARTED"))
			.as("partitions left running by the failed scan")
			.isZero();
		assertThat(partitions(failed, "FAILED")).isPositive();
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
		assertThat(replacement.log()).contains("Dropped partition request");
		PartitionedScanFunctionalTests.assertSameReports(out, baseline);
		assertNothingAnalysedTwiceAndNothingLeft(failed.getJobInstanceId());
	}

}
