package com.breachimpact.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Plain Tika as a command of its own, the baseline of a whole command: a fresh JVM
 * extracts every file of a folder with {@link ScanThroughputBenchmark#tika} on the given
 * threads and exits, so JVM start and JIT warm-up count as they do for
 * {@code ./breach-impact scan}. Usage (started by {@link EndToEndBenchmark}):
 * {@code java -cp <class path> com.breachimpact.bench.PlainTikaCommand <folder> <threads>}.
 */
public final class PlainTikaCommand {

	private PlainTikaCommand() {
	}

	public static void main(String[] args) throws Exception {
		List<Path> paths = BenchInventory.files(Path.of(args[0]));
		ScanThroughputBenchmark.TikaRun run = ScanThroughputBenchmark.tika(paths, Integer.parseInt(args[1]));
		System.out.printf(Locale.ROOT, "%d files, %d documents, %d failures%n", paths.size(), run.documents(),
				run.failures());
	}

}
