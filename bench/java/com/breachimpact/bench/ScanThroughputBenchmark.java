package com.breachimpact.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.breachimpact.bench.BenchScans.Timing;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scan throughput against plain Tika extraction. The inventory is generated
 * deterministically ({@link BenchInventory}: wire logs, payroll CSV, NACHA,
 * DOCX, PDF, logs, mail exports; 10,000 files by default). The baseline
 * extracts every file with an {@link AutoDetectParser} in a
 * {@link RecursiveParserWrapper} (text handlers, the scan's write and member
 * limits) on the same number of threads and does nothing else. The scan is the
 * whole job on the local PostgreSQL (ingest with SHA-256, analyse: extraction,
 * client evidence, attribution, sensitive data, database writes; report),
 * partitioned on the same threads. Order: Tika warm-up over the first 2,000
 * files, the scan, then Tika over all files.
 * Usage: {@code bench/run scanThroughput [files] [threads]}.
 */
public final class ScanThroughputBenchmark {

	private ScanThroughputBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int files = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
		int threads = (args.length > 1) ? Integer.parseInt(args[1]) : 2;
		Path inventory = BenchInventory.of(files);
		List<Path> paths = BenchInventory.files(inventory);
		long bytes = BenchInventory.bytes(paths);
		System.out.printf(Locale.ROOT, "inventory: %d files, %.1f MB; %d threads; %d cores%n", paths.size(), bytes / 1e6,
				threads, Runtime.getRuntime().availableProcessors());

		tika(paths.subList(0, Math.min(2_000, paths.size())), threads);

		Timing scan;
		String scanLoad = ProcessTable.load();
		Path work = Files.createTempDirectory("breach-impact-bench");
		try (BenchDatabase database = BenchDatabase.create();
				ConfigurableApplicationContext context = BenchScans.start(database, work,
						Map.of("breach-impact.partition.threads", threads))) {
			scan = BenchScans.scan(context, inventory, work.resolve("reports"), database);
		}
		String tikaLoad = ProcessTable.load();
		double tikaCpuBefore = ProcessTable.cpuSeconds(null);
		TikaRun tika = tika(paths, threads);
		double tikaCpu = ProcessTable.cpuSeconds(null) - tikaCpuBefore;

		double scanSeconds = scan.total().toMillis() / 1000.0;
		double analyseSeconds = scan.seconds("analyse");
		System.out.println("scan: " + scan.reconciliation() + ", " + scan.partitions() + " partitions");
		System.out.printf(Locale.ROOT, "scan (whole job):     %6.1f s  %7.1f files/s  %6.2f MB/s  (ingest %.1f s, analyse %.1f s, report %.1f s)%n",
				scanSeconds, paths.size() / scanSeconds, bytes / 1e6 / scanSeconds, scan.seconds("ingest"),
				analyseSeconds, scan.seconds("report"));
		double inSteps = scan.steps().values().stream().mapToLong(Duration::toMillis).sum() / 1000.0;
		StringBuilder steps = new StringBuilder();
		scan.steps().forEach((step, time) -> steps.append(String.format(Locale.ROOT, " %s %.2fs", step, time.toMillis() / 1000.0)));
		System.out.printf(Locale.ROOT, "  steps:%s; outside the steps (launch, checks, case lock) %.1f s%n", steps,
				scanSeconds - inSteps);
		System.out.printf(Locale.ROOT, "scan (analyse step):  %6.1f s  %7.1f files/s  %6.2f MB/s%n", analyseSeconds,
				paths.size() / analyseSeconds, bytes / 1e6 / analyseSeconds);
		System.out.printf(Locale.ROOT, "plain Tika:           %6.1f s  %7.1f files/s  %6.2f MB/s  (%d documents, %d failures, %.1f M chars)%n",
				tika.seconds(), paths.size() / tika.seconds(), bytes / 1e6 / tika.seconds(), tika.documents(),
				tika.failures(), tika.chars() / 1e6);
		System.out.printf(Locale.ROOT, "ratio scan/Tika throughput: whole job %.2fx, analyse step %.2fx (goal >= 0.9x)%n",
				tika.seconds() / scanSeconds, tika.seconds() / analyseSeconds);
		System.out.printf(Locale.ROOT,
				"CPU per file: scan %.1f ms (JVM %.1f, parser processes %.1f, PostgreSQL backends %.1f; load before %s),"
						+ " plain Tika %.1f ms (load before %s): ratio %.2fx%n",
				1000 * scan.cpuSeconds() / paths.size(), 1000 * scan.cpu().jvm() / paths.size(),
				1000 * scan.cpu().children() / paths.size(), 1000 * scan.cpu().database() / paths.size(), scanLoad,
				1000 * tikaCpu / paths.size(), tikaLoad, tikaCpu / scan.cpuSeconds());
	}

	/**
	 * Extract every file with plain Tika on {@code threads} threads.
	 */
	static TikaRun tika(List<Path> paths, int threads) throws Exception {
		RecursiveParserWrapper parser = new RecursiveParserWrapper(new AutoDetectParser());
		AtomicInteger next = new AtomicInteger();
		AtomicLong documents = new AtomicLong();
		AtomicLong chars = new AtomicLong();
		AtomicLong failures = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long started = System.nanoTime();
		try {
			Future<?>[] workers = new Future<?>[threads];
			for (int t = 0; t < threads; t++) {
				workers[t] = pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < paths.size(); i = next.getAndIncrement()) {
						Path file = paths.get(i);
						ParseContext context = new ParseContext();
						RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(
								new BasicContentHandlerFactory(BasicContentHandlerFactory.HANDLER_TYPE.TEXT, 20_000_000,
										false, context),
								10_000);
						Metadata metadata = new Metadata();
						metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
						try (InputStream stream = TikaInputStream.get(file, metadata)) {
							parser.parse(stream, handler, metadata, context);
						}
						catch (Exception ex) {
							failures.incrementAndGet();
						}
						for (Metadata document : handler.getMetadataList()) {
							documents.incrementAndGet();
							String text = document.get(TikaCoreProperties.TIKA_CONTENT);
							chars.addAndGet((text != null) ? text.length() : 0);
						}
					}
					return null;
				});
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return new TikaRun((System.nanoTime() - started) / 1e9, documents.get(), failures.get(), chars.get());
	}

	record TikaRun(double seconds, long documents, long failures, long chars) {
	}

}
