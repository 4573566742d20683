package com.breachimpact.incremental;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.breachimpact.extraction.ContentExtractor;
import com.breachimpact.extraction.ExtractionProperties;
import com.breachimpact.extraction.TikaContentExtractor;
import com.breachimpact.scan.ScanOutcome;
import com.breachimpact.scan.ScanRequest;
import com.breachimpact.scan.ScanRunner;
import com.breachimpact.schedule.ScheduledRerun;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.TestInventory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two schedule triggers of the same case at once: one runs, the other is refused with a
 * clear message, and the case lock (a PostgreSQL advisory lock) is free again afterwards.
 */
@ExtendWith(OutputCaptureExtension.class)
@Import(ScheduledRerunFunctionalTests.BlockingExtractorConfiguration.class)
class ScheduledRerunFunctionalTests extends PostgresScanTestSupport {

	static volatile CountDownLatch entered = new CountDownLatch(1);

	static volatile CountDownLatch release = new CountDownLatch(0);

	@TempDir
	Path dir;

	@Autowired
	ScanRunner scanRunner;

	@Test
	void overlappingTriggersOfACaseRunOnceAndRefuseTheOther(CapturedOutput output) throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);
		ScheduledRerun rerun = new ScheduledRerun(this.scanRunner,
				new ScanRequest(inventory, this.dir.resolve("clients.csv"), this.dir.resolve("out"), "nightly"));
		entered = new CountDownLatch(1);
		release = new CountDownLatch(1);

		// when
		CompletableFuture<ScanOutcome> first = CompletableFuture.supplyAsync(rerun::run);
		assertThat(entered.await(60, TimeUnit.SECONDS)).as("the first run reached the analyse step").isTrue();
		ScanOutcome second = rerun.run();
		release.countDown();
		ScanOutcome firstOutcome = first.get(120, TimeUnit.SECONDS);

		// then
		assertThat(second).isNull();
		assertThat(output.getAll())
			.contains("Case 'nightly': rerun refused: Case 'nightly' is being scanned by another process");
		assertThat(firstOutcome.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(output.getAll()).contains("Case 'nightly' run " + firstOutcome.runId() + ": COMPLETED: files in 19");
		ScanOutcome later = rerun.run();
		assertThat(later).as("the lock is free once the first run ended").isNotNull();
		assertThat(later.status()).isEqualTo(BatchStatus.COMPLETED);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class BlockingExtractorConfiguration {

		@Bean
		@Primary
		ContentExtractor blockingExtractor(ExtractionProperties properties) {
			ContentExtractor tika = new TikaContentExtractor(properties);
			return (file, name) -> {
				entered.countDown();
				try {
					release.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return tika.extract(file, name);
			};
		}

	}

}
