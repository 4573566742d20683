package com.breachimpact.scan;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import com.breachimpact.extraction.ContentExtractor;
import com.breachimpact.extraction.ExtractionProperties;
import com.breachimpact.extraction.TikaContentExtractor;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.ReportFolders;
import com.breachimpact.support.TestInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scan whose analyse step fails half-way is restarted and ends with the same reports as
 * an uninterrupted scan, and no finding twice.
 */
@Import(ScanJobRestartFunctionalTests.FailingExtractorConfiguration.class)
// the extraction calls counted below are those of one thread reading the items in order
@TestPropertySource(properties = "breach-impact.partition.threads=1")
class ScanJobRestartFunctionalTests extends PostgresScanTestSupport {

	/** The extraction call that fails once, when armed. */
	static final AtomicInteger failAtCall = new AtomicInteger(-1);

	static final AtomicInteger calls = new AtomicInteger();

	@TempDir
	Path dir;

	@Autowired
	JobOperator jobOperator;

	@Test
	void restartAfterAFailureHalfWayGivesTheReportsOfAnUninterruptedRun() throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);
		Path registry = this.dir.resolve("clients.csv");
		Scanned uninterrupted = scan(
				new ScanRequest(inventory, registry, this.dir.resolve("uninterrupted"), "restart-test-reference"));
		assertThat(uninterrupted.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		// when
		calls.set(0);
		failAtCall.set(8);
		Scanned failed = scan(new ScanRequest(inventory, registry, this.dir.resolve("restarted"), "restart-test"));
		long analysedBeforeRestart = countAnalysed(failed.runId());
		JobExecution restarted = this.jobOperator.restart(failed.execution());

		// then
		assertThat(failed.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(analysedBeforeRestart).isEqualTo(6);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstanceId()).isEqualTo(failed.runId());
		assertThat(calls.get()).as("extraction calls: 8 up to the failing one, then the 13 items not committed")
			.isEqualTo(21);
		assertThat(ReportFolders.contentsOfAnyRun(this.dir.resolve("restarted"), "reconciliation.txt"))
			.isEqualTo(ReportFolders.contentsOfAnyRun(this.dir.resolve("uninterrupted"), "reconciliation.txt"))
			.isNotEmpty();
		assertThat(countFindings(failed.runId())).isEqualTo(countFindings(uninterrupted.runId())).isPositive();
		assertThat(duplicateFindings(failed.runId())).isZero();
	}

	private long countAnalysed(long runId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM inventory_item WHERE run_id = ? AND status <> 'pending'",
				Long.class, runId);
	}

	private long countFindings(long runId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM client_finding WHERE run_id = ?", Long.class, runId);
	}

	@TestConfiguration
	static class FailingExtractorConfiguration {

		@Bean
		@Primary
		ContentExtractor failingOnceExtractor(ExtractionProperties properties) {
			ContentExtractor tika = new TikaContentExtractor(properties);
			return (file, name) -> {
				int call = calls.incrementAndGet();
				if (failAtCall.compareAndSet(call, -1)) {
					throw new IllegalStateException("injected failure at extraction call " + call);
				}
				return tika.extract(file, name);
			};
		}

	}

}
