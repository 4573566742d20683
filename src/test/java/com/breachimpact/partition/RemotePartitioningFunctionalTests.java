package com.breachimpact.partition;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.breachimpact.scan.ScanRequest;
import com.breachimpact.support.SampleExpectations;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two worker JVMs complete a remote scan with the reports of a single-threaded one, also
 * when one of them is killed in the middle of a partition. (Ordered so that the two
 * workers are started once; each test starts what it needs.)
 */
@TestPropertySource(properties = "breach-impact.partition.timeout=120s")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemotePartitioningFunctionalTests extends RemotePartitioningTestSupport {

	@TempDir
	Path dir;

	@Test
	@Order(1)
	void twoWorkersCompleteAScanWithTheReportsOfASingleThreadedScan() throws Exception {
		// given
		workers(2);
		Path inventory = SampleExpectations.SAMPLES.resolve("inventory");
		Path registry = SampleExpectations.SAMPLES.resolve("clients.csv");
		JobExecution single = SingleThreadedScans.scan(this.context,
				new ScanRequest(inventory, registry, this.dir.resolve("single"), "single-threaded"));

		// when
		Scanned remote = scan(new ScanRequest(inventory, registry, this.dir.resolve("remote"), "remote"));

		// then
		assertThat(single.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(remote.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(partitions(remote.execution(), "COMPLETED")).isGreaterThanOrEqualTo(4);
		PartitionedScanFunctionalTests.assertSameReports(this.dir.resolve("remote"), this.dir.resolve("single"));
	}

	@Test
	@Order(2)
	void thePartitionOfAWorkerKilledMidwayIsFinishedByTheOtherWorker() throws Exception {
		// given
		List<WorkerProcess> running = workers(2);
		Path baseline = BusyInventory.reports(this.context);
		Path out = this.dir.resolve("remote");

		// when
		CompletableFuture<Scanned> scan = scanInBackground(BusyInventory.root(), BusyInventory.registry(), out);
		WorkerProcess victim = killMidPartition(running, out);
		JobExecution execution = scan.get(120, TimeUnit.SECONDS).execution();

		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		WorkerProcess survivor = (running.get(0) == victim) ? running.get(1) : running.get(0);
		assertThat(survivor.log()).contains("left unfinished by a worker that stopped");
		PartitionedScanFunctionalTests.assertSameReports(out, baseline);
		assertNothingAnalysedTwiceAndNothingLeft(execution.getJobInstanceId());
	}

}
