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
 * threads, each in a Spring context of its own on a database of its own. Beside
 * the wall times it prints the CPU time of each run (this JVM, its parser processes,
 * the database's backends) per file, so that scaling stays visible on a shared
 * machine.
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
		String loadOne = ProcessTable.load();
		Timing one = scan(inventory, 1);
		String loadTwo = ProcessTable.load();
		Timing two = scan(inventory, 2);
		print("1 thread ", one, loadOne);
		print("2 threads", two, loadTwo);
		System.out.printf(Locale.ROOT, "speed-up of the analyse step, 2 threads / 1: %.2fx (goal >= 1.8x)%n",
				one.seconds("analyse") / two.seconds("analyse"));
		System.out.printf(Locale.ROOT,
				"CPU per file, whole job: 1 thread %.1f ms, 2 threads %.1f ms (ratio %.2f: near 1.0 means the second"
						+ " thread adds no work, so a speed-up below 2x is time the CPU was not ours)%n",
				1000 * one.cpuSeconds() / one.files(), 1000 * two.cpuSeconds() / two.files(),
				two.cpuSeconds() / one.cpuSeconds());
	}

	static Timing scan(Path inventory, int threads) throws Exception {
		Path work = Files.createTempDirectory("breach-impact-bench");
		try (BenchDatabase database = BenchDatabase.create();
				ConfigurableApplicationContext context = BenchScans.start(database, work,
						Map.of("breach-impact.partition.threads", threads))) {
			return BenchScans.scan(context, inventory, work.resolve("reports"), database);
		}
	}

	private static void print(String label, Timing timing, String load) {
		double seconds = timing.total().toMillis() / 1000.0;
		System.out.printf(Locale.ROOT,
				"%s: analyse %6.1f s (%6.1f files/s, %d partitions), whole job %6.1f s, CPU %6.1f s"
						+ " (%.1f ms per file, %.2f cores busy on average); load %s; %s%n",
				label, timing.seconds("analyse"), timing.files() / timing.seconds("analyse"), timing.partitions(),
				seconds, timing.cpuSeconds(), 1000 * timing.cpuSeconds() / timing.files(),
				timing.cpuSeconds() / seconds, load, timing.reconciliation());
	}

}
