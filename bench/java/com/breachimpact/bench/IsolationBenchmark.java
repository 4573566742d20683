package com.breachimpact.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.breachimpact.extraction.ContentExtractor;
import com.breachimpact.extraction.Extraction;
import com.breachimpact.extraction.ExtractionProperties;
import com.breachimpact.extraction.ExtractionProperties.Isolation;
import com.breachimpact.extraction.ForkedContentExtractor;
import com.breachimpact.extraction.TikaContentExtractor;

/**
 * The cost of isolation: extracts every file of {@code samples/inventory}
 * for a number of rounds (after warm-up rounds) in-process and forked, with
 * the same pool size, and prints files per second for both and their ratio.
 * Arguments: {@code [rounds] [warm-up rounds] [parser processes] [items per parser process]}
 * (default 20, 3, 1, 500). The forked figure includes the restarts of
 * children every {@code items per parser process} files.
 */
public final class IsolationBenchmark {

	private IsolationBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 20;
		int warmUp = (args.length > 1) ? Integer.parseInt(args[1]) : 3;
		int parserProcesses = (args.length > 2) ? Integer.parseInt(args[2]) : 1;
		int itemsPerParserProcess = (args.length > 3) ? Integer.parseInt(args[3]) : 500;
		List<Path> files;
		try (Stream<Path> walk = Files.walk(Path.of("samples/inventory"))) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		ExtractionProperties properties = ExtractionProperties.defaults()
			.withParserProcesses(parserProcesses, itemsPerParserProcess, ExtractionProperties.defaults().parserProcessHeap());
		System.out.printf(Locale.ROOT, "%d files, %d rounds after %d warm-up rounds, %d parser process(es), %d items per parser process%n",
				files.size(), rounds, warmUp, parserProcesses, itemsPerParserProcess);
		double inProcess = measure("in-process", new TikaContentExtractor(properties.withIsolation(Isolation.IN_PROCESS)),
				files, rounds, warmUp, parserProcesses);
		double forked;
		try (ForkedContentExtractor extractor = new ForkedContentExtractor(properties)) {
			forked = measure("forked", extractor, files, rounds, warmUp, parserProcesses);
		}
		System.out.printf(Locale.ROOT, "forked / in-process throughput: %.2f (forked costs %.1f ms more per file)%n",
				forked / inProcess, 1000 / forked - 1000 / inProcess);
	}

	private static double measure(String label, ContentExtractor extractor, List<Path> files, int rounds, int warmUp,
			int threads) {
		for (int round = 0; round < warmUp; round++) {
			run(extractor, files, threads);
		}
		long chars = 0;
		long start = System.nanoTime();
		for (int round = 0; round < rounds; round++) {
			chars += run(extractor, files, threads);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double perSecond = files.size() * (double) rounds / seconds;
		System.out.printf(Locale.ROOT, "%-10s %8.1f files/s  (%.2f s, %d chars extracted)%n", label, perSecond,
				seconds, chars);
		return perSecond;
	}

	/** Extract every file once, on as many threads as there are parser processes. */
	private static long run(ContentExtractor extractor, List<Path> files, int threads) {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Long>> results = new ArrayList<>();
			for (Path file : files) {
				results.add(pool.submit(() -> textChars(extractor.extract(file, file.getFileName().toString()))));
			}
			long chars = 0;
			for (Future<Long> result : results) {
				chars += result.get();
			}
			return chars;
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static long textChars(Extraction extraction) {
		return extraction.textChars();
	}

}
