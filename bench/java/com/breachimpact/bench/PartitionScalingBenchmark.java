package com.breachimpact.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import com.breachimpact.bench.BenchScans.Timing;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The analyse step on 1 partition (1 thread) against 2 threads (grid of 8
 * partitions sized by bytes), on the same generated inventory
 * ({@link BenchInventory}, 4,000 files by default) and the local PostgreSQL.
 * A warm-up scan of 1,000 files on 2 threads runs first; then 1 thread, then 2
 * threads, each in a Spring context of its own on a database of its own.
 * Usage: {@code bench/run partitionScaling [files]}.
 */
public final class PartitionScalingBenchmark {

	private PartitionScalingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int files = (args.length > 0) ? Integer.parseInt(args[0]) : 4_000;
		Path inventory = BenchInventory.of(files);
		System.out.printf(Locale.ROOT, "inventory: %d files; %d cores%n", files,
				Runtime.getRuntime().availableProcessors());
		scan(BenchInventory.of(1_000), 2);
		Timing one = scan(inventory, 1);
		Timing two = scan(inventory, 2);
		print("1 thread ", one);
		print("2 threads", two);
		System.out.printf(Locale.ROOT, "speed-up of the analyse step, 2 threads / 1: %.2fx (goal >= 1.8x)%n",
				one.seconds("analyse") / two.seconds("analyse"));
	}

	static Timing scan(Path inventory, int threads) throws Exception {
		Path work = Files.createTempDirectory("breach-impact-bench");
		try (BenchDatabase database = BenchDatabase.create();
				ConfigurableApplicationContext context = BenchScans.start(database, work,
						Map.of("breach-impact.partition.threads", threads))) {
			return BenchScans.scan(context, inventory, work.resolve("reports"));
		}
	}

	private static void print(String label, Timing timing) {
		System.out.printf(Locale.ROOT, "%s: analyse %6.1f s (%6.1f files/s, %d partitions), whole job %6.1f s; %s%n",
				label, timing.seconds("analyse"), timing.files() / timing.seconds("analyse"), timing.partitions(),
				timing.total().toMillis() / 1000.0, timing.reconciliation());
	}

}
