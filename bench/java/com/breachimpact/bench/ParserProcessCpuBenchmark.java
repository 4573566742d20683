package com.breachimpact.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.breachimpact.extraction.ContentExtractor;
import com.breachimpact.extraction.ExtractionProperties;
import com.breachimpact.extraction.ExtractionProperties.Isolation;
import com.breachimpact.extraction.ForkedContentExtractor;
import com.breachimpact.extraction.TikaContentExtractor;
import org.slf4j.LoggerFactory;

/**
 * The CPU time the scan's parser processes spend per file, against the same extraction
 * ({@link TikaContentExtractor}, same limits) in this JVM once it is warm. The generated
 * inventory of {@link BenchInventory} is extracted by a {@link ForkedContentExtractor}
 * with {@code processes} children on as many threads (each child extracts
 * {@code files / processes} files, as in a scan), for {@code rounds} rounds, each round
 * with fresh children; the children's CPU time (user + system, JIT and GC threads
 * included) is read from {@code /proc}. The in-process baseline extracts the first 2,000
 * files once to warm up, then every file on the same threads; its figure is this JVM's
 * CPU time. Usage: {@code bench/run parserProcessCpu [files] [processes] [rounds]}
 * (default 2000, 2, 2).
 */
public final class ParserProcessCpuBenchmark {

	private ParserProcessCpuBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		// parsers warn about every odd file, as the parser processes' own logging does not
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.ERROR);
		int files = (args.length > 0) ? Integer.parseInt(args[0]) : 2_000;
		int processes = (args.length > 1) ? Integer.parseInt(args[1]) : 2;
		int rounds = (args.length > 2) ? Integer.parseInt(args[2]) : 2;
		List<Path> paths = BenchInventory.files(BenchInventory.of(files));
		ExtractionProperties properties = ExtractionProperties.defaults()
			.withParserProcesses(processes, 10_000, ExtractionProperties.defaults().parserProcessHeap());
		System.out.printf(Locale.ROOT, "%d files, %.1f MB; %d parser processes and threads; %d cores%n", paths.size(),
				BenchInventory.bytes(paths) / 1e6, processes, Runtime.getRuntime().availableProcessors());
		for (int round = 1; round <= rounds; round++) {
			String load = ProcessTable.load();
			double before = ProcessTable.cpu(null).children();
			long started = System.nanoTime();
			long chars;
			try (ForkedContentExtractor forked = new ForkedContentExtractor(properties)) {
				chars = extract(forked, paths, processes);
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			double cpu = ProcessTable.cpu(null).children() - before;
			System.out.printf(Locale.ROOT,
					"forked, round %d: %.1f s, parser processes %.2f ms CPU per file (%.1f s), %d chars; load before %s%n",
					round, seconds, 1000 * cpu / paths.size(), cpu, chars, load);
		}
		TikaContentExtractor inProcess = new TikaContentExtractor(properties.withIsolation(Isolation.IN_PROCESS));
		extract(inProcess, paths.subList(0, Math.min(2_000, paths.size())), processes);
		String load = ProcessTable.load();
		double before = ProcessTable.cpu(null).jvm();
		long started = System.nanoTime();
		long chars = extract(inProcess, paths, processes);
		double seconds = (System.nanoTime() - started) / 1e9;
		double cpu = ProcessTable.cpu(null).jvm() - before;
		System.out.printf(Locale.ROOT,
				"in-process (warm): %.1f s, this JVM %.2f ms CPU per file (%.1f s), %d chars; load before %s%n", seconds,
				1000 * cpu / paths.size(), cpu, chars, load);
	}

	/** Extract every file on {@code threads} threads; the characters extracted. */
	private static long extract(ContentExtractor extractor, List<Path> paths, int threads) throws Exception {
		AtomicInteger next = new AtomicInteger();
		AtomicLong chars = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < paths.size(); i = next.getAndIncrement()) {
						Path file = paths.get(i);
						chars.addAndGet(extractor.extract(file, file.getFileName().toString()).textChars());
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return chars.get();
	}

}
