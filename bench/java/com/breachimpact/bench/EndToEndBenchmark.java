package com.breachimpact.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The scan as a user runs it: the real {@code ./breach-impact scan} process with default
 * options (embedded database, forked extraction, automatic threads) on the bench
 * inventory, against plain Tika on the same files and the same number of threads in this
 * JVM (after a warm-up), then the same command again on the unchanged inventory twice
 * (the first rerun is the first that can say what is new since a previous run, the
 * second is the steady state of nightly reruns). Peak RSS is the sum over the scan's
 * whole process tree (its forked extractors included), sampled from {@code /proc} every
 * 50 ms. A second baseline is plain Tika as a command of its own
 * ({@link PlainTikaCommand}: a fresh JVM, same files and threads), so that JVM start and
 * JIT warm-up weigh on both sides of that ratio. Usage: {@code bench/run endToEnd [files=2000] [rounds=1]}; with
 * {@code BREACH_IMPACT_DB_URL} set, the command uses that database instead.
 */
public final class EndToEndBenchmark {

	private EndToEndBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int files = (args.length > 0) ? Integer.parseInt(args[0]) : 2_000;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 1;
		Path launcher = Path.of("breach-impact").toAbsolutePath();
		Path inventory = BenchInventory.of(files);
		List<Path> paths = BenchInventory.files(inventory);
		double megabytes = BenchInventory.bytes(paths) / 1e6;
		int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
		System.out.printf(Locale.ROOT, "inventory: %d files, %.1f MB; %d cores; database %s%n", paths.size(),
				megabytes, Runtime.getRuntime().availableProcessors(),
				(System.getenv("BREACH_IMPACT_DB_URL") != null) ? "BREACH_IMPACT_DB_URL" : "embedded (default)");
		build(launcher);
		ScanThroughputBenchmark.tika(paths.subList(0, Math.min(2_000, paths.size())), threads);
		for (int round = 1; round <= rounds; round++) {
			Path dir = Files.createTempDirectory("breach-impact-e2e");
			try {
				String tikaLoad = ProcessTable.load();
				ScanThroughputBenchmark.TikaRun tika = ScanThroughputBenchmark.tika(paths, threads);
				String tikaCommandLoad = ProcessTable.load();
				Command tikaCommand = tikaCommand(dir, inventory, threads);
				String scanLoad = ProcessTable.load();
				Command full = run(launcher, dir, inventory);
				Command rerun = run(launcher, dir, inventory);
				Command steady = run(launcher, dir, inventory);
				System.out.printf(Locale.ROOT, "round %d of %d%n", round, rounds);
				System.out.printf(Locale.ROOT,
						"scan command:  %7.1f s  %7.1f files/s  %6.2f MB/s  peak RSS %5.0f MB (%d processes)  load %s%n",
						full.seconds, paths.size() / full.seconds, megabytes / full.seconds, full.peakRss / 1e6,
						full.processes, scanLoad);
				System.out.printf(Locale.ROOT, "plain Tika:    %7.1f s  %7.1f files/s  %6.2f MB/s  %d threads, %d failures  load %s%n",
						tika.seconds(), paths.size() / tika.seconds(), megabytes / tika.seconds(), threads,
						tika.failures(), tikaLoad);
				System.out.printf(Locale.ROOT,
						"plain Tika command: %7.1f s  %7.1f files/s  %6.2f MB/s  peak RSS %5.0f MB (a fresh JVM, %d threads)  load %s%n",
						tikaCommand.seconds, paths.size() / tikaCommand.seconds, megabytes / tikaCommand.seconds,
						tikaCommand.peakRss / 1e6, threads, tikaCommandLoad);
				System.out.printf(Locale.ROOT,
						"ratio scan command / plain Tika throughput: %.2fx against warm Tika in this JVM, %.2fx against the plain Tika command%n",
						tika.seconds() / full.seconds, tikaCommand.seconds / full.seconds);
				System.out.printf(Locale.ROOT,
						"rerun command: %7.1f s  = %.3fx the scan command (first rerun: every client's report rewritten once)%n",
						rerun.seconds, rerun.seconds / full.seconds);
				System.out.printf(Locale.ROOT,
						"rerun again:   %7.1f s  = %.3fx the scan command (steady state: unchanged reports kept)  peak RSS %5.0f MB%n",
						steady.seconds, steady.seconds / full.seconds, steady.peakRss / 1e6);
				System.out.printf(Locale.ROOT, "  reconciliation: %s", Files.readString(dir.resolve("reports/reconciliation.txt")));
			}
			finally {
				delete(dir);
			}
		}
	}

	private static void build(Path launcher) throws Exception {
		Process process = new ProcessBuilder(launcher.toString(), "--help").redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException("./breach-impact --help failed");
		}
	}

	private static Command run(Path launcher, Path dir, Path inventory) throws Exception {
		return time(new ProcessBuilder(launcher.toString(), "scan", "--inventory", inventory.toString(), "--registry",
				BenchInventory.REGISTRY.toString(), "--out", dir.resolve("reports").toString(), "--work-dir",
				dir.resolve("work").toString(), "--quiet"), dir);
	}

	private static Command tikaCommand(Path dir, Path inventory, int threads) throws Exception {
		return time(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				BenchClassPath.get(), PlainTikaCommand.class.getName(), inventory.toString(), Integer.toString(threads)),
				dir);
	}

	private static Command time(ProcessBuilder command, Path dir) throws Exception {
		ProcessBuilder builder = command.directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("scan.log").toFile());
		long started = System.nanoTime();
		Process process = builder.start();
		AtomicLong peak = new AtomicLong();
		Set<Long> seen = new HashSet<>();
		Thread sampler = new Thread(() -> {
			while (process.isAlive()) {
				long rss = 0;
				for (long pid : ProcessTable.tree(process.pid())) {
					rss += ProcessTable.rss(pid);
					synchronized (seen) {
						seen.add(pid);
					}
				}
				peak.accumulateAndGet(rss, Math::max);
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "rss-sampler");
		sampler.setDaemon(true);
		sampler.start();
		int exit = process.waitFor();
		double seconds = (System.nanoTime() - started) / 1e9;
		sampler.join();
		if (exit != 0) {
			throw new IllegalStateException(command.command().get(0) + " exited with " + exit + ": "
					+ Files.readString(dir.resolve("scan.log"), StandardCharsets.UTF_8));
		}
		return new Command(seconds, peak.get(), seen.size());
	}

	private static void delete(Path dir) throws IOException {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

	private record Command(double seconds, long peakRss, int processes) {
	}

}
