package com.breachimpact.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import com.breachimpact.extraction.MisbehavingParser;
import com.breachimpact.extraction.TikaContentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ParserDecorator;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesConfig;
import org.apache.tika.pipes.PipesParser;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.springframework.util.unit.DataSize;

/**
 * Our forked extraction ({@link ForkedContentExtractor}) against Tika 3.3.1's own child-JVM
 * machinery ({@link PipesParser}: a pool of {@code PipesClient}s, each driving a
 * {@code PipesServer} JVM, recursive RMETA mode, results returned to the caller, nothing
 * emitted), on the same files, threads, child heap, write and member limits, time limit
 * and restart interval. In-process Tika extraction ({@link TikaContentExtractor}) is the
 * reference for the per-file overhead of a child JVM.
 * <p>
 * Part 1, throughput: {@code samples/inventory} plus a generated {@link BenchInventory};
 * one warm-up pass each, then rounds in alternating order (A/B, B/A), with the 1-minute
 * load average before each pass. Part 2, isolation: {@link MisbehavingParser} files that
 * hang, drip text for ever, run out of memory, overflow the stack or halt the JVM, each
 * followed by a normal file, with a 10 s time limit: the status each returns, the time to
 * return it, and whether the next file parses.
 * <p>
 * Arguments: {@code [rounds] [generated files] [threads]} (default 4, 200, 2).
 */
public final class TikaIsolationBenchmark {

	private static final int ITEMS_PER_CHILD = 500;

	private static final DataSize CHILD_HEAP = DataSize.ofMegabytes(512);

	private TikaIsolationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 4;
		int generated = (args.length > 1) ? Integer.parseInt(args[1]) : 200;
		int threads = (args.length > 2) ? Integer.parseInt(args[2]) : 2;
		List<Path> files = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(Path.of("samples/inventory"))) {
			walk.filter(Files::isRegularFile).sorted().map(Path::toAbsolutePath).forEach(files::add);
		}
		int samples = files.size();
		files.addAll(BenchInventory.files(BenchInventory.of(generated)).stream().map(Path::toAbsolutePath).toList());
		long bytes = BenchInventory.bytes(files);
		Path work = Files.createTempDirectory("tika-isolation-bench");
		ExtractionProperties properties = ExtractionProperties.defaults()
			.withParserProcesses(threads, ITEMS_PER_CHILD, CHILD_HEAP);
		System.out.printf(Locale.ROOT,
				"%d files (%d samples/inventory + %d generated, %.1f MB), %d threads = %d child JVMs each, "
						+ "heap %d MB, restart every %d files, write limit %d chars, %d members, time limit %d s%n",
				files.size(), samples, files.size() - samples, bytes / 1e6, threads, threads, CHILD_HEAP.toMegabytes(),
				ITEMS_PER_CHILD, properties.writeLimit(), properties.maxEmbedded(), properties.itemTimeout().toSeconds());
		throughput(files, properties, threads, rounds, work);
		isolation(properties, work);
	}

	private static void throughput(List<Path> files, ExtractionProperties properties, int threads, int rounds,
			Path work) throws Exception {
		Path config = pipesConfig(work.resolve("tika-config.xml"), threads, properties.itemTimeout().toMillis(),
				XmlAsTextParser.class.getName());
		TikaContentExtractor inProcess = new TikaContentExtractor(properties.withIsolation(Isolation.IN_PROCESS));
		try (ForkedContentExtractor ours = new ForkedContentExtractor(properties);
				PipesParser pipes = new PipesParser(PipesConfig.load(config))) {
			List<Candidate> candidates = List.of(new Candidate("ours (forked)", ours::extract),
					new Candidate("Tika pipes", pipesExtractor(pipes, properties)),
					new Candidate("in-process", inProcess::extract));
			System.out.println("warm-up (child JVM start, JIT):");
			for (Candidate candidate : candidates) {
				candidate.pass(files, threads, false);
			}
			for (int round = 0; round < rounds; round++) {
				System.out.printf(Locale.ROOT, "round %d:%n", round + 1);
				List<Candidate> order = new ArrayList<>(candidates);
				if (round % 2 == 1) {
					java.util.Collections.swap(order, 0, 1);
				}
				for (Candidate candidate : order) {
					candidate.pass(files, threads, true);
				}
			}
			System.out.println("totals over the measured rounds:");
			for (Candidate candidate : candidates) {
				candidate.summary(files.size() * rounds);
			}
			Candidate reference = candidates.get(2);
			double oursRate = candidates.get(0).rate(files.size() * rounds);
			double pipesRate = candidates.get(1).rate(files.size() * rounds);
			double inRate = reference.rate(files.size() * rounds);
			System.out.printf(Locale.ROOT,
					"pipes / ours throughput: %.2fx; child-JVM overhead per file: ours %+.1f ms, pipes %+.1f ms "
							+ "(wall time per file minus in-process, %d threads)%n",
					pipesRate / oursRate, 1000 / oursRate - 1000 / inRate, 1000 / pipesRate - 1000 / inRate, threads);
		}
	}

	private static void isolation(ExtractionProperties base, Path work) throws Exception {
		ExtractionProperties properties = base.withParserProcesses(1, ITEMS_PER_CHILD, CHILD_HEAP)
			.withTimeouts(java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(10));
		Path config = pipesConfig(work.resolve("tika-config-misbehaving.xml"), 1, 10_000,
				MisbehavingParser.class.getName());
		Path next = work.resolve("next.txt");
		Files.writeString(next, "the next file parses: Jane Doe 011204578\n");
		System.out.println("isolation (1 child JVM, time limit 10 s, stall limit 10 s for ours; "
				+ "each misbehaving file followed by a normal one):");
		try (ForkedContentExtractor ours = new ForkedContentExtractor(properties, MisbehavingParser.class.getName());
				PipesParser pipes = new PipesParser(PipesConfig.load(config))) {
			Candidate oursCandidate = new Candidate("ours (forked)", ours::extract);
			Candidate pipesCandidate = new Candidate("Tika pipes", pipesExtractor(pipes, properties));
			oursCandidate.one(next);
			pipesCandidate.one(next);
			for (String kind : List.of("hang", "drip", "oom", "stack", "exit")) {
				Path file = work.resolve("sample." + kind);
				Files.writeString(file, "misbehaves when parsed\n");
				for (Candidate candidate : List.of(oursCandidate, pipesCandidate)) {
					String bad = candidate.one(file);
					String after = candidate.one(next);
					System.out.printf(Locale.ROOT, "  %-6s %-14s %s | next file: %s%n", kind, candidate.label, bad,
							after);
				}
			}
		}
	}

	/** Tika pipes behind our extractor interface: status, parts and text. */
	private static ContentExtractor pipesExtractor(PipesParser pipes, ExtractionProperties properties) {
		return (file, name) -> {
			ParseContext context = new ParseContext();
			context.set(HandlerConfig.class,
					new HandlerConfig(BasicContentHandlerFactory.HANDLER_TYPE.TEXT, HandlerConfig.PARSE_MODE.RMETA,
							properties.writeLimit(), properties.maxEmbedded(), false));
			FetchEmitTuple tuple = new FetchEmitTuple(name, new FetchKey("fs", file.toAbsolutePath().toString()),
					new EmitKey(), new Metadata(), context, FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT);
			try {
				PipesResult result = pipes.parse(tuple);
				return new PipesOutcome(result).extraction();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		};
	}

	/**
	 * The {@code tika-config.xml} of a pipes run: the pool, child JVM arguments like ours
	 * (heap, serial GC, class path, errors-only logging), no emitting (results come back
	 * to the caller), a file-system fetcher for absolute paths, and one parser class.
	 */
	private static Path pipesConfig(Path config, int clients, long timeoutMillis, String parserClass)
			throws IOException {
		Path logback = config.resolveSibling("logback-errors.xml");
		Files.writeString(logback, """
				<configuration>
				  <appender name="ERR" class="ch.qos.logback.core.ConsoleAppender"><target>System.err</target>
				    <encoder><pattern>%msg%n</pattern></encoder></appender>
				  <root level="ERROR"><appender-ref ref="ERR"/></root>
				</configuration>
				""");
		String xml = """
				<properties>
				  <pipes><params>
				    <numClients>%d</numClients>
				    <timeoutMillis>%d</timeoutMillis>
				    <startupTimeoutMillis>120000</startupTimeoutMillis>
				    <maxFilesProcessedPerProcess>%d</maxFilesProcessedPerProcess>
				    <maxForEmitBatchBytes>-1</maxForEmitBatchBytes>
				    <javaPath>%s</javaPath>
				    <forkedJvmArgs>
				      <arg>-Xmx%dm</arg><arg>-XX:+UseSerialGC</arg><arg>-XX:-UsePerfData</arg>
				      <arg>-Dlogback.configurationFile=%s</arg>
				      <arg>-cp</arg><arg>%s</arg>
				    </forkedJvmArgs>
				  </params></pipes>
				  <parsers><parser class="%s"/></parsers>
				  <fetchers>
				    <fetcher class="org.apache.tika.pipes.fetcher.fs.FileSystemFetcher">
				      <name>fs</name><allowAbsolutePaths>true</allowAbsolutePaths>
				    </fetcher>
				  </fetchers>
				</properties>
				""".formatted(clients, timeoutMillis, ITEMS_PER_CHILD,
				Path.of(System.getProperty("java.home"), "bin", "java"), CHILD_HEAP.toMegabytes(), logback, BenchClassPath.get(),
				parserClass);
		Files.writeString(config, xml, StandardCharsets.UTF_8);
		return config;
	}

	static double loadAverage() {
		try {
			return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	/**
	 * Tika's auto-detecting parser with XML read as plain text, as our children parse
	 * ({@code TikaContentExtractor.xmlAsText()}), loadable by name from a Tika config.
	 */
	public static final class XmlAsTextParser extends CompositeParser {

		private static final long serialVersionUID = 1L;

		public XmlAsTextParser() {
			super(MediaTypeRegistry.getDefaultRegistry(), new DefaultParser(), ParserDecorator
				.withTypes(new TXTParser(), Set.of(MediaType.APPLICATION_XML, MediaType.text("xml"))));
		}

	}

	/** A Tika pipes result as our {@link Extraction}'s status, parts and text. */
	private record PipesOutcome(PipesResult result) {

		Extraction extraction() {
			List<Metadata> documents = (this.result.getEmitData() != null)
					? this.result.getEmitData().getMetadataList() : List.of();
			List<com.breachimpact.extraction.ExtractedPart> parts = new ArrayList<>();
			for (Metadata document : documents) {
				String text = document.get(TikaCoreProperties.TIKA_CONTENT);
				if (text != null || this.result.getStatus() != PipesResult.STATUS.INTERMEDIATE_RESULT) {
					parts.add(new com.breachimpact.extraction.ExtractedPart(
							String.valueOf(document.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH)),
							document.get(Metadata.CONTENT_TYPE), (text != null) ? text : "", 0,
							com.breachimpact.extraction.ExtractionStatus.OK, null));
				}
			}
			return new Extraction(status(), this.result.getStatus().name(), null, parts, List.of());
		}

		private com.breachimpact.extraction.ExtractionStatus status() {
			return switch (this.result.getStatus()) {
				case PARSE_SUCCESS, EMIT_SUCCESS -> com.breachimpact.extraction.ExtractionStatus.OK;
				case TIMEOUT -> com.breachimpact.extraction.ExtractionStatus.TIMEOUT;
				case OOM -> com.breachimpact.extraction.ExtractionStatus.OOM;
				case UNSPECIFIED_CRASH -> com.breachimpact.extraction.ExtractionStatus.CRASH;
				default -> com.breachimpact.extraction.ExtractionStatus.CORRUPT;
			};
		}

	}

	/** One way of extracting, with its measured passes. */
	private static final class Candidate {

		private final String label;

		private final ContentExtractor extractor;

		private double seconds;

		private long chars;

		private long parts;

		private long failures;

		Candidate(String label, ContentExtractor extractor) {
			this.label = label;
			this.extractor = extractor;
		}

		void pass(List<Path> files, int threads, boolean counted) {
			double load = loadAverage();
			long start = System.nanoTime();
			long[] totals = run(files, threads);
			double elapsed = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT,
					"  %-14s %6.2f s %7.1f files/s  %9d chars %5d parts %3d not ok  (load %.1f)%n", this.label,
					elapsed, files.size() / elapsed, totals[0], totals[1], totals[2], load);
			if (counted) {
				this.seconds += elapsed;
				this.chars += totals[0];
				this.parts += totals[1];
				this.failures += totals[2];
			}
		}

		double rate(int files) {
			return files / this.seconds;
		}

		void summary(int files) {
			System.out.printf(Locale.ROOT, "  %-14s %7.2f s %7.1f files/s %6.2f ms/file  %d chars %d parts %d not ok%n",
					this.label, this.seconds, rate(files), 1000 * this.seconds / files, this.chars, this.parts,
					this.failures);
		}

		String one(Path file) {
			long start = System.nanoTime();
			Extraction extraction = this.extractor.extract(file, file.getFileName().toString());
			double elapsed = (System.nanoTime() - start) / 1e9;
			String detail = (extraction.detail() != null) ? extraction.detail() : "";
			if (detail.length() > 70) {
				detail = detail.substring(0, 70) + "...";
			}
			return String.format(Locale.ROOT, "%-9s %5.1f s %2d parts %6d chars [%s]", extraction.status().code(),
					elapsed, extraction.parts().size(), extraction.textChars(), detail);
		}

		private long[] run(List<Path> files, int threads) {
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			try {
				List<Future<Extraction>> results = new ArrayList<>();
				for (Path file : files) {
					results.add(pool.submit(() -> this.extractor.extract(file, file.getFileName().toString())));
				}
				long[] totals = new long[3];
				for (Future<Extraction> result : results) {
					Extraction extraction = result.get();
					totals[0] += extraction.textChars();
					totals[1] += extraction.parts().size();
					if (extraction.status() != com.breachimpact.extraction.ExtractionStatus.OK) {
						totals[2]++;
					}
				}
				return totals;
			}
			catch (InterruptedException | ExecutionException ex) {
				throw new IllegalStateException(ex);
			}
			finally {
				pool.shutdownNow();
			}
		}

	}

}
