package com.breachimpact.partition;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.breachimpact.extraction.ContentExtractor;
import com.breachimpact.extraction.ExtractionProperties;
import com.breachimpact.extraction.TikaContentExtractor;
import com.breachimpact.scan.ScanRequest;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.ReportFolders;
import com.breachimpact.support.SampleExpectations;
import com.breachimpact.support.TestInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyse step partitioned by bytes on two threads (grid of four) gives the reports
 * of the single-threaded step, and a failed partition is resumed by a restart without
 * analysing anything twice.
 */
@TestPropertySource(properties = { "breach-impact.partition.threads=2", "breach-impact.partition.grid-size=4" })
@Import(PartitionedScanFunctionalTests.FailingOnceExtractorConfiguration.class)
class PartitionedScanFunctionalTests extends PostgresScanTestSupport {

	/** The file whose extraction fails once, when set. */
	static final AtomicReference<String> failOn = new AtomicReference<>();

	static final AtomicInteger calls = new AtomicInteger();

	@TempDir
	Path dir;

	@Autowired
	ApplicationContext context;

	@Autowired
	JobOperator jobOperator;

	@Test
	void partitionedScanOfTheSampleInventoryGivesTheReportsOfTheSingleThreadedScan() throws Exception {
		// given
		Path inventory = SampleExpectations.SAMPLES.resolve("inventory");
		Path registry = SampleExpectations.SAMPLES.resolve("clients.csv");
		JobExecution single = SingleThreadedScans.scan(this.context,
				new ScanRequest(inventory, registry, this.dir.resolve("single"), "single-threaded"));

		// when
		Scanned partitioned = scan(
				new ScanRequest(inventory, registry, this.dir.resolve("partitioned"), "partitioned"));

		// then
		assertThat(single.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(partitioned.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(partitions(partitioned.execution())).isGreaterThanOrEqualTo(4);
		assertThat(partitions(single)).isEqualTo(1);
		assertSameReports(this.dir.resolve("partitioned"), this.dir.resolve("single"));
		assertThat(this.dir.resolve("partitioned/reconciliation.txt")).content()
			.endsWith("files in 29 = analysed 26 + failed 3 (corrupt 1, empty 1, encrypted 1)\n");
	}

	@Test
	void aFailedPartitionIsResumedByARestartAndNothingIsAnalysedTwice() throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);
		Path registry = this.dir.resolve("clients.csv");
		Scanned uninterrupted = scan(
				new ScanRequest(inventory, registry, this.dir.resolve("uninterrupted"), "uninterrupted"));
		failOn.set("batch-7.txt");

		// when
		Scanned failed = scan(new ScanRequest(inventory, registry, this.dir.resolve("restarted"), "restarted"));
		long pendingBeforeRestart = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM inventory_item WHERE run_id = ? AND status = 'pending'", Long.class,
				failed.runId());
		calls.set(0);
		JobExecution restarted = this.jobOperator.restart(failed.execution());

		// then
		assertThat(uninterrupted.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(failed.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(pendingBeforeRestart).as("items left by the failed partition").isPositive().isLessThan(19);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(calls.get()).as("extractions on restart: the pending items only").isEqualTo(pendingBeforeRestart);
		assertSameReports(this.dir.resolve("restarted"), this.dir.resolve("uninterrupted"));
		assertThat(duplicateFindings(failed.runId())).isZero();
	}

	private long partitions(JobExecution execution) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM batch_step_execution WHERE job_execution_id = ? AND step_name LIKE 'analysePartition:%'",
				Long.class, execution.getId());
	}

	static void assertSameReports(Path actual, Path expected) {
		// the compared scans are runs of other cases
		Map<String, String> actualReports = ReportFolders.contentsOfAnyRun(actual, "reconciliation.txt");
		assertThat(actualReports).isNotEmpty()
			.isEqualTo(ReportFolders.contentsOfAnyRun(expected, "reconciliation.txt"));
		assertThat(withoutRunId(actual)).isEqualTo(withoutRunId(expected));
	}

	private static String withoutRunId(Path reports) {
		return ReportFolders.contents(reports).get("reconciliation.txt").replaceFirst("^run \\d+: ", "");
	}

	@TestConfiguration
	static class FailingOnceExtractorConfiguration {

		@Bean
		@Primary
		ContentExtractor failingOnceExtractor(ExtractionProperties properties) {
			ContentExtractor tika = new TikaContentExtractor(properties);
			return (file, name) -> {
				calls.incrementAndGet();
				String target = failOn.get();
				if (name.equals(target) && failOn.compareAndSet(target, null)) {
					throw new IllegalStateException("injected failure extracting " + name);
				}
				return tika.extract(file, name);
			};
		}

	}

}
