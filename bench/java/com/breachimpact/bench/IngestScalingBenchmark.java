package com.breachimpact.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import com.breachimpact.scan.ScanParameters;
import com.breachimpact.scan.ScanRequest;
import com.breachimpact.scan.ScanRunRecorder;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ingest of 100,000 against 1,000,000 inventory entries: real directory trees
 * of empty files (1,000 per folder), created once under
 * {@code /tmp/breach-impact-bench}, each ingested by the scan's real ingest
 * step (walker, SHA-256 digester, ledger writer into the local PostgreSQL) in
 * a job of that step only. Reports the time ratio (linear would be 10x) and
 * the most heap in use after a garbage collection during each ingest (flat
 * if memory does not grow with the inventory).
 * <p>
 * When the server's autovacuum is off (as on the development machine), a
 * thread runs {@code ANALYZE inventory_item} every 5 seconds during the
 * ingest, as autovacuum would: without statistics the ledger writer's
 * {@code NOT EXISTS} check is planned on the run's index scan with the path as a
 * filter, and the ingest turns quadratic (measured: 100,000 entries in 530 s,
 * 80 rows/s at the end, against 3 s for the last 20,000 once analysed).
 * Usage: {@code bench/run ingestScaling [small] [large]}.
 */
public final class IngestScalingBenchmark {

	private IngestScalingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int small = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		int large = (args.length > 1) ? Integer.parseInt(args[1]) : 1_000_000;
		Path smallTree = tree(small);
		Path largeTree = tree(large);
		ingest(tree(10_000));
		Result first = ingest(smallTree);
		Result second = ingest(largeTree);
		System.out.printf(Locale.ROOT, "%,9d entries: %6.1f s (%,7.0f entries/s), max heap after GC %5.1f MB (%d GCs)%n",
				small, first.seconds(), small / first.seconds(), first.heap() / 1e6, first.collections());
		System.out.printf(Locale.ROOT, "%,9d entries: %6.1f s (%,7.0f entries/s), max heap after GC %5.1f MB (%d GCs)%n",
				large, second.seconds(), large / second.seconds(), second.heap() / 1e6, second.collections());
		System.out.printf(Locale.ROOT, "time ratio %.1fx for %dx the entries (goal <= 11x); heap ratio %.2fx%n",
				second.seconds() / first.seconds(), large / small, (double) second.heap() / first.heap());
		System.out.println("(heap: the whole benchmark JVM, Maven included; Spring context started before watching)");
	}

	static Path tree(int files) throws IOException {
		Path root = Path.of("/tmp/breach-impact-bench/ingest-" + files);
		Path done = root.resolveSibling("ingest-" + files + ".done");
		if (!Files.exists(done)) {
			long started = System.nanoTime();
			for (int i = 0; i < files; i++) {
				Path file = root.resolve(String.format(Locale.ROOT, "d%04d/f%07d", i / 1000, i));
				if (i % 1000 == 0) {
					Files.createDirectories(file.getParent());
				}
				if (!Files.exists(file)) {
					Files.createFile(file);
				}
			}
			Files.writeString(done, files + " files\n");
			System.out.printf(Locale.ROOT, "created %,d empty files in %.1f s under %s%n", files,
					(System.nanoTime() - started) / 1e9, root);
		}
		return root;
	}

	static Result ingest(Path tree) throws Exception {
		Path work = Files.createTempDirectory("breach-impact-bench");
		try (BenchDatabase database = BenchDatabase.create();
				ConfigurableApplicationContext context = BenchScans.start(database, work, Map.of())) {
			JobRepository jobRepository = context.getBean(JobRepository.class);
			Job ingestOnly = new JobBuilder("ingest-benchmark", jobRepository)
				.listener(context.getBean(ScanRunRecorder.class))
				.start(context.getBean("ingestStep", Step.class))
				.build();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			boolean autovacuum = "on".equals(jdbc.queryForObject("SHOW autovacuum", String.class));
			java.util.concurrent.ScheduledExecutorService analyzer = java.util.concurrent.Executors
				.newSingleThreadScheduledExecutor();
			if (!autovacuum) {
				analyzer.scheduleWithFixedDelay(() -> jdbc.execute("ANALYZE inventory_item"), 5, 5,
						java.util.concurrent.TimeUnit.SECONDS);
			}
			System.gc();
			try (HeapWatcher heap = new HeapWatcher()) {
				long started = System.nanoTime();
				JobExecution execution = context.getBean(JobOperator.class)
					.start(ingestOnly,
							ScanParameters.of(new ScanRequest(tree, BenchInventory.REGISTRY, work.resolve("reports"))));
				double seconds = (System.nanoTime() - started) / 1e9;
				Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM inventory_item", Long.class);
				if (!execution.getStatus().isUnsuccessful() && rows != null) {
					System.out.printf(Locale.ROOT, "ingested %,d entries of %s in %.1f s%n", rows, tree, seconds);
				}
				else {
					throw new IllegalStateException("Ingest ended " + execution.getStatus());
				}
				return new Result(seconds, heap.maxUsedAfterGc(), heap.collections());
			}
			finally {
				analyzer.shutdownNow();
				if (!autovacuum) {
					System.out.println("(autovacuum is off on this server: ANALYZE inventory_item ran every 5 s instead)");
				}
			}
		}
	}

	record Result(double seconds, long heap, long collections) {
	}

}
