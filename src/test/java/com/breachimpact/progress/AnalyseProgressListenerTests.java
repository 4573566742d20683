package com.breachimpact.progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.breachimpact.analysis.ItemAnalysis;
import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.inventory.LedgerItem;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyse step's progress: counts, rates and estimates from a meter on a test clock,
 * log lines at an interval, and the listener registered on a real chunk step as the lead
 * wires it.
 */
class AnalyseProgressListenerTests {

	private final AtomicLong nanos = new AtomicLong(1_000);

	@Test
	void meterTellsRateElapsedAndRemaining() {
		ProgressMeter meter = new ProgressMeter(10, 40_000_000, this.nanos::get);
		assertThat(meter.remaining()).isNull();
		this.nanos.addAndGet(Duration.ofSeconds(10).toNanos());
		meter.advance(5, 10_000_000);
		assertThat(meter.megabytesPerSecond()).isEqualTo(1.0);
		assertThat(meter.remaining()).isEqualTo(Duration.ofSeconds(30));
		assertThat(meter.line()).isEqualTo("5/10 files (50.0%), 1.0 MB/s, elapsed 0:00:10, remaining 0:00:30");
	}

	@Test
	void logDisplayWritesAtMostOneLinePerInterval() {
		List<String> lines = new ArrayList<>();
		ProgressMeter meter = new ProgressMeter(4, 0, this.nanos::get);
		LogProgressDisplay display = new LogProgressDisplay("Analysing", Duration.ofSeconds(10), this.nanos::get,
				lines::add);
		display.start(meter);
		meter.advance(1, 0);
		this.nanos.addAndGet(Duration.ofSeconds(4).toNanos());
		display.update(meter);
		this.nanos.addAndGet(Duration.ofSeconds(6).toNanos());
		meter.advance(1, 0);
		display.update(meter);
		meter.advance(2, 0);
		display.finish(meter);
		assertThat(lines).containsExactly("Analysing: 4 files to do",
				"Analysing: 2/4 files (50.0%), 0.0 MB/s, elapsed 0:00:10, remaining 0:00:10",
				"Analysing done: 4/4 files (100.0%), 0.0 MB/s, elapsed 0:00:10, remaining 0:00:00");
	}

	@Test
	void listenerRegisteredOnAChunkStepFollowsItsChunks() throws Exception {
		// given: a run with five pending items of 1000 bytes
		DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:progress;DB_CLOSE_DELAY=-1");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("CREATE TABLE inventory_item (run_id BIGINT, status VARCHAR(16), size_bytes BIGINT)");
		ResourcelessJobRepository repository = new ResourcelessJobRepository();
		JobInstance instance = repository.createJobInstance("scan", new JobParameters());
		for (int i = 0; i < 5; i++) {
			jdbc.update("INSERT INTO inventory_item VALUES (?, 'pending', 1000)", instance.getInstanceId());
		}
		List<LedgerItem> items = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			items.add(new LedgerItem(i, "f" + i, 1000, "00"));
		}
		List<String> updates = new ArrayList<>();
		ProgressDisplay recording = new ProgressDisplay() {
			@Override
			public void start(ProgressMeter meter) {
				updates.add("start " + meter.totalFiles());
			}

			@Override
			public void update(ProgressMeter meter) {
				updates.add(meter.files() + " files " + meter.bytes() + " bytes");
			}

			@Override
			public void finish(ProgressMeter meter) {
				updates.add("finish " + meter.files());
			}
		};
		AnalyseProgressListener listener = new AnalyseProgressListener(new JdbcInventoryItemRepository(jdbc),
				(files) -> recording, this.nanos::get);
		Step step = new StepBuilder("analyse", repository).<LedgerItem, ItemAnalysis>chunk(2)
			.transactionManager(new JdbcTransactionManager(dataSource))
			.reader(new ListItemReader<>(items))
			.processor((item) -> (ItemAnalysis) null)
			.writer((chunk) -> {
			})
			.listener((StepListener) listener)
			.build();
		JobExecution jobExecution = repository.createJobExecution(instance, new JobParameters(),
				new ExecutionContext());
		StepExecution stepExecution = repository.createStepExecution("analyse", jobExecution);

		// when
		step.execute(stepExecution);

		// then
		assertThat(stepExecution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(updates).containsExactly("start 5", "2 files 2000 bytes", "4 files 4000 bytes", "5 files 5000 bytes",
				"finish 5");
	}

}
