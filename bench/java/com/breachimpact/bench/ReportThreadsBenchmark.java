package com.breachimpact.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.breachimpact.classification.SeverityPolicy;
import com.breachimpact.indicators.IndicatorsProperties;
import com.breachimpact.institution.ClientRegistry;
import com.breachimpact.report.ImpactReportWriter;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The report step's writer with the clients' documents on one thread (the baseline) and
 * on a pool: one scan of the generated inventory ({@link BenchInventory}), then its
 * reports written again into new folders, alternating one thread and {@code threads}
 * threads for {@code rounds} rounds in the same JVM (so load changes hit both alike);
 * prints the median wall time of each and the ratio.
 * Usage: {@code bench/run reportThreads [files] [threads] [rounds]}.
 */
public final class ReportThreadsBenchmark {

	private ReportThreadsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int files = (args.length > 0) ? Integer.parseInt(args[0]) : 2_000;
		int threads = (args.length > 1) ? Integer.parseInt(args[1]) : 2;
		int rounds = (args.length > 2) ? Integer.parseInt(args[2]) : 4;
		Path inventory = BenchInventory.of(files);
		Path work = Files.createTempDirectory("breach-impact-bench");
		try (BenchDatabase database = BenchDatabase.create();
				ConfigurableApplicationContext context = BenchScans.start(database, work,
						Map.of("breach-impact.partition.threads", threads))) {
			BenchScans.scan(context, inventory, work.resolve("reports"), database);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			long runId = jdbc.queryForObject("SELECT MAX(run_id) FROM scan_run", Long.class);
			ClientRegistry registry = ClientRegistry.load(BenchInventory.REGISTRY);
			List<Double> one = new ArrayList<>();
			List<Double> pool = new ArrayList<>();
			int clients = 0;
			System.out.printf(Locale.ROOT, "%d files, %d cores, load before %s%n", files,
					Runtime.getRuntime().availableProcessors(), ProcessTable.load());
			for (int round = 0; round < rounds; round++) {
				for (int n : (round % 2 == 0) ? new int[] { 1, threads } : new int[] { threads, 1 }) {
					ImpactReportWriter writer = new ImpactReportWriter(jdbc, registry, SeverityPolicy.defaults(), false,
							null, IndicatorsProperties.defaults(), null, n);
					long started = System.nanoTime();
					clients = writer.write(runId, work.resolve("round-" + round + "-" + n)).size();
					double seconds = (System.nanoTime() - started) / 1e9;
					((n == 1) ? one : pool).add(seconds);
					System.out.printf(Locale.ROOT, "round %d, %d thread(s): %.2f s%n", round, n, seconds);
				}
			}
			double baseline = median(one);
			double parallel = median(pool);
			System.out.printf(Locale.ROOT,
					"reports of %d clients: 1 thread %.2f s, %d threads %.2f s (medians of %d): ratio %.2fx (load after %s)%n",
					clients, baseline, threads, parallel, rounds, baseline / parallel, ProcessTable.load());
		}
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

}
