package com.breachimpact.extraction;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ContentExtractor} that parses in supervised child JVMs, so that a parser that
 * hangs, overflows its stack or runs out of memory costs one item, never the scan. A pool
 * of {@link ExtractionProperties#parserProcesses()} children ({@code 0}: one), each runs
 * an {@link ParserProcessMain} (a {@link TikaContentExtractor} with the same limits) on a
 * bounded heap ({@link ExtractionProperties#parserProcessHeap()}), and is replaced after
 * {@link ExtractionProperties#itemsPerParserProcess()} files.
 * <p>
 * The pool is kept warm: the first extraction starts every child in the background, and a
 * child that is retired or killed is replaced in the background at once, so that a file
 * waits for a child JVM to start only when the children are started more slowly than the
 * files come.
 * <p>
 * A child that reports no progress for {@link ExtractionProperties#stallTimeout()}, or
 * runs past {@link ExtractionProperties#itemTimeout()} plus a grace period, is killed
 * ({@link ExtractionStatus#TIMEOUT}); one that runs out of memory
 * ({@link ExtractionStatus#OOM}) or dies ({@link ExtractionStatus#CRASH}) is replaced;
 * either way the next file goes to a fresh child. A file on which a child that had
 * extracted other files first ran out of memory or died is tried once more on a fresh
 * child, so that what a long-lived child accumulated is not blamed on the file. Such
 * failures carry no parts. Thread-safe: a caller waits for a free child. Children are
 * killed on {@link #close()} and when the JVM shuts down.
 * <p>
 * A path whose name the child JVM could not map back to the same file (bytes that are not
 * valid in the file name encoding) is extracted in-process.
 */
public class ForkedContentExtractor implements ContentExtractor, Closeable {

	private static final Logger logger = LoggerFactory.getLogger(ForkedContentExtractor.class);

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	/**
	 * Input a parser process is expected to extract over its life under which it runs
	 * with the quick compiler only (C1). The optimising compiler (C2) costs a child about
	 * 10 s of CPU and then saves about 0.045 ms per KB of input (measured on 5.5 KB and
	 * on 500 KB files alike): it pays for itself after about 220 MB (bench/README.md,
	 * "Compilers of the parser processes").
	 */
	static final long QUICK_COMPILER_MAX_BYTES = 256L * 1024 * 1024;

	private final ExtractionProperties properties;

	/** The child's command with both compilers (the JVM's default). */
	private final List<String> command;

	/** The child's command with the quick compiler only. */
	private final List<String> quickCommand;

	private volatile boolean quickCompiler;

	private final String parserClass;

	private final BlockingQueue<Slot> idle;

	private final List<Slot> slots = new ArrayList<>();

	private final Thread shutdownHook;

	private final Object inProcessLock = new Object();

	private TikaContentExtractor inProcess;

	private final AtomicBoolean warmed = new AtomicBoolean();

	private volatile boolean closed;

	/**
	 * Create an extractor over Tika's auto-detecting parser.
	 * @param properties the limits and the pool's settings
	 */
	public ForkedContentExtractor(ExtractionProperties properties) {
		this(properties, null);
	}

	/**
	 * Create an extractor whose children parse with the given parser class (tests use
	 * parsers that misbehave on purpose).
	 * @param properties the limits and the pool's settings
	 * @param parserClass the name of a {@link org.apache.tika.parser.Parser} with a
	 * public no-argument constructor that detects types itself, on the class path, or
	 * {@code null} for Tika's auto-detecting parser
	 */
	public ForkedContentExtractor(ExtractionProperties properties, String parserClass) {
		if (properties.parserProcesses() < 0 || properties.itemsPerParserProcess() < 1) {
			throw new IllegalArgumentException(
					"Extraction needs at least one parser process and one item per parser process");
		}
		this.properties = properties.withParserProcesses(properties.effectiveParserProcesses(1),
				properties.itemsPerParserProcess(), properties.parserProcessHeap());
		this.parserClass = parserClass;
		this.command = ParserProcessCommand.of(properties, parserClass, false);
		this.quickCommand = ParserProcessCommand.of(properties, parserClass, true);
		this.quickCompiler = properties.parserProcessCompilers() == ExtractionProperties.Compilers.QUICK;
		this.idle = new ArrayBlockingQueue<>(this.properties.parserProcesses());
		for (int i = 0; i < this.properties.parserProcesses(); i++) {
			Slot slot = new Slot();
			this.slots.add(slot);
			this.idle.add(slot);
		}
		this.shutdownHook = new Thread(this::killAll, "parser-processes-shutdown");
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
	}

	/**
	 * {@inheritDoc}
	 * @throws IllegalStateException if the extractor is closed or a child JVM cannot be
	 * started
	 */
	@Override
	public Extraction extract(Path file, String name) {
		if (this.closed) {
			throw new IllegalStateException("The extractor is closed");
		}
		Path absolute = file.toAbsolutePath();
		String path = absolute.toString();
		if (!roundTrips(absolute, path)) {
			return inProcess().extract(file, name);
		}
		warmUp();
		Slot slot;
		try {
			slot = this.idle.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a parser process", ex);
		}
		try {
			return slot.extract(path, name);
		}
		finally {
			this.idle.add(slot);
		}
	}

	/**
	 * Choose the compilers of the parser processes started from now on, unless
	 * {@link ExtractionProperties#parserProcessCompilers()} sets them: the quick compiler
	 * only when each is expected to extract less than {@value #QUICK_COMPILER_MAX_BYTES}
	 * bytes before it is replaced or the files run out, both compilers otherwise (also
	 * when never told, as a remote worker is not).
	 * @param files the files about to be extracted
	 * @param bytes their total size
	 */
	@Override
	public void expect(long files, long bytes) {
		if (files <= 0 || this.properties.parserProcessCompilers() != ExtractionProperties.Compilers.AUTO) {
			return;
		}
		long perProcess = expectedBytesPerProcess(files, bytes, this.properties.parserProcesses(),
				this.properties.itemsPerParserProcess());
		this.quickCompiler = perProcess < QUICK_COMPILER_MAX_BYTES;
		logger.info("Parser processes: about {} MB of files each expected, {}",
				String.format(Locale.ROOT, "%.1f", perProcess / (1024.0 * 1024)),
				this.quickCompiler ? "quick compiler only (C1)" : "both compilers (C1 and C2)");
	}

	/**
	 * The bytes each parser process is expected to extract before it is replaced or the
	 * files run out.
	 * @param files the files to extract
	 * @param bytes their total size
	 * @param processes the parser processes sharing them
	 * @param itemsPerProcess the files after which a parser process is replaced
	 * @return the expected bytes per parser process
	 */
	static long expectedBytesPerProcess(long files, long bytes, int processes, int itemsPerProcess) {
		long filesPerProcess = Math.min(itemsPerProcess, (files + processes - 1) / processes);
		return (long) ((double) bytes / files * filesPerProcess);
	}

	/**
	 * Whether parser processes started now run with the quick compiler only.
	 * @return whether they do
	 */
	boolean quickCompiler() {
		return this.quickCompiler;
	}

	/**
	 * Start every child of the pool in the background, once; the first extraction does it
	 * if nobody did before.
	 */
	public void warmUp() {
		if (this.warmed.compareAndSet(false, true)) {
			for (Slot slot : this.slots) {
				slot.warm();
			}
		}
	}

	/**
	 * The children that are started and alive, whether busy, idle or waiting to be taken
	 * by their slot.
	 * @return the number of live children
	 */
	int liveParserProcesses() {
		int live = 0;
		for (Slot slot : this.slots) {
			if (slot.hasLiveProcess()) {
				live++;
			}
		}
		return live;
	}

	/** Stop the children; later extractions fail. */
	@Override
	public void close() {
		this.closed = true;
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// shutting down: the hook runs anyway
		}
		for (Slot slot : this.slots) {
			slot.stop();
		}
	}

	@Override
	public String toString() {
		return "ForkedContentExtractor[parserProcesses=" + this.properties.parserProcesses() + ", parser="
				+ ((this.parserClass != null) ? this.parserClass : "auto-detect") + "]";
	}

	private void killAll() {
		for (Slot slot : this.slots) {
			slot.kill();
		}
	}

	private TikaContentExtractor inProcess() {
		synchronized (this.inProcessLock) {
			if (this.inProcess == null) {
				this.inProcess = new TikaContentExtractor(this.properties);
			}
			return this.inProcess;
		}
	}

	private static boolean roundTrips(Path path, String string) {
		try {
			return Path.of(string).equals(path);
		}
		catch (InvalidPathException ex) {
			return false;
		}
	}

	/**
	 * One place in the pool, holding a child JVM (or none yet), used by one caller at a
	 * time.
	 */
	private final class Slot {

		private ParserProcess process;

		private CompletableFuture<ParserProcess> starting;

		Extraction extract(String path, String name) {
			ParserProcess current = ready();
			try {
				current.send(path, name);
			}
			catch (IOException ex) {
				// died between files: the file was not tried, so try it once on a fresh
				// child
				discard();
				current = ready();
				try {
					current.send(path, name);
				}
				catch (IOException again) {
					discard();
					return Extraction.failed(ExtractionStatus.CRASH, "parser process unreachable", null);
				}
			}
			try {
				Extraction extraction = await(current);
				if (current.items() > 1 && diedOf(extraction)) {
					return retryOnFreshChild(path, name, extraction);
				}
				return extraction;
			}
			catch (InterruptedException ex) {
				discard();
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while extracting", ex);
			}
		}

		/**
		 * A child that had extracted other files before ran out of memory or died on this
		 * one: what it held from those files (a leak, a cache) may be the cause, so the
		 * file is tried once more on a fresh child, and fails only if it kills that one
		 * too. A timeout is not retried: a file that hangs a parser hangs a fresh one.
		 */
		private Extraction retryOnFreshChild(String path, String name, Extraction first) throws InterruptedException {
			ParserProcess fresh = ready();
			try {
				fresh.send(path, name);
			}
			catch (IOException ex) {
				discard();
				return first;
			}
			Extraction second = await(fresh);
			return diedOf(second)
					? Extraction.failed(second.status(), second.detail() + " (also on a fresh parser process)", null)
					: second;
		}

		private static boolean diedOf(Extraction extraction) {
			return extraction.status() == ExtractionStatus.OOM || extraction.status() == ExtractionStatus.CRASH;
		}

		private Extraction await(ParserProcess current) throws InterruptedException {
			Duration itemTimeout = ForkedContentExtractor.this.properties.itemTimeout();
			long stall = ForkedContentExtractor.this.properties.stallTimeout().toNanos();
			long start = System.nanoTime();
			long hardDeadline = start + itemTimeout.toNanos() + grace(itemTimeout).toNanos();
			long stallDeadline = start + stall;
			while (true) {
				long now = System.nanoTime();
				long wait = Math.min(hardDeadline, stallDeadline) - now;
				Object reply = (wait > 0) ? current.next(wait) : null;
				if (reply == null) {
					boolean stalled = stallDeadline - hardDeadline < 0;
					discard();
					return Extraction.failed(ExtractionStatus.TIMEOUT, stalled
							? "parser made no progress for " + seconds(stall) + " s: killed"
							: "parser ran past the time limit of " + seconds(itemTimeout.toNanos()) + " s: killed",
							null);
				}
				if (ParserProcess.isProgress(reply)) {
					stallDeadline = System.nanoTime() + stall;
				}
				else if (ParserProcess.isEnd(reply)) {
					boolean oom = current.ranOutOfMemory();
					int exitCode = current.exitCode();
					discard();
					return oom
							? Extraction.failed(ExtractionStatus.OOM,
									"parser ran out of memory (parser process heap " + heap()
											+ "): parser process replaced",
									null)
							: Extraction.failed(ExtractionStatus.CRASH,
									"parser process died (exit code " + exitCode + "): parser process replaced", null);
				}
				else {
					Extraction extraction = (Extraction) reply;
					if (extraction.status() == ExtractionStatus.OOM || extraction.status() == ExtractionStatus.CRASH
							|| current.items() >= ForkedContentExtractor.this.properties.itemsPerParserProcess()) {
						retire();
					}
					return extraction;
				}
			}
		}

		/**
		 * Start a child in the background when the slot has none and none is starting.
		 */
		void warm() {
			synchronized (this) {
				if (this.process != null || this.starting != null || ForkedContentExtractor.this.closed) {
					return;
				}
				CompletableFuture<ParserProcess> pending = new CompletableFuture<>();
				this.starting = pending;
				Thread starter = new Thread(() -> complete(pending), "parser-process-start");
				starter.setDaemon(true);
				starter.start();
			}
		}

		synchronized boolean hasLiveProcess() {
			if (this.process != null) {
				return this.process.isAlive();
			}
			CompletableFuture<ParserProcess> pending = this.starting;
			return pending != null && pending.isDone() && !pending.isCompletedExceptionally()
					&& pending.join().isAlive();
		}

		/** The slot's child, started (or waited for, if it is starting) when needed. */
		private ParserProcess ready() {
			CompletableFuture<ParserProcess> pending;
			boolean mine = false;
			synchronized (this) {
				if (this.process != null && !this.process.isAlive()) {
					this.process.kill();
					this.process = null;
				}
				if (this.process != null) {
					return this.process;
				}
				if (ForkedContentExtractor.this.closed) {
					throw new IllegalStateException("The extractor is closed");
				}
				if (this.starting == null) {
					this.starting = new CompletableFuture<>();
					mine = true;
				}
				pending = this.starting;
			}
			if (mine) {
				complete(pending);
			}
			try {
				ParserProcess started = pending.join();
				synchronized (this) {
					if (this.starting == pending) {
						this.starting = null;
					}
					this.process = started;
				}
				return started;
			}
			catch (CompletionException ex) {
				synchronized (this) {
					if (this.starting == pending) {
						this.starting = null;
					}
				}
				if (!mine) {
					// started in the background and failed: try once more in this thread
					return ready();
				}
				throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
			}
		}

		private void complete(CompletableFuture<ParserProcess> pending) {
			try {
				ParserProcess started = ParserProcess.start(ForkedContentExtractor.this.quickCompiler
						? ForkedContentExtractor.this.quickCommand : ForkedContentExtractor.this.command,
						START_TIMEOUT);
				if (ForkedContentExtractor.this.closed) {
					started.kill();
					pending.completeExceptionally(new IllegalStateException("The extractor is closed"));
				}
				else {
					pending.complete(started);
				}
			}
			catch (IOException ex) {
				pending.completeExceptionally(
						new IllegalStateException("Cannot start a parser process: " + ex.getMessage(), ex));
			}
			catch (RuntimeException | Error ex) {
				pending.completeExceptionally(ex);
			}
		}

		/** Kill the child at once (it is stuck or dead) and start its successor. */
		private void discard() {
			synchronized (this) {
				if (this.process != null) {
					this.process.kill();
					this.process = null;
				}
			}
			warm();
		}

		/** Let the child exit in the background and start its successor. */
		private void retire() {
			ParserProcess retired;
			synchronized (this) {
				retired = this.process;
				this.process = null;
			}
			if (retired != null) {
				Thread stopper = new Thread(retired::stop, "parser-process-retire");
				stopper.setDaemon(true);
				stopper.start();
			}
			warm();
		}

		void stop() {
			ParserProcess stopped;
			CompletableFuture<ParserProcess> pending;
			synchronized (this) {
				stopped = this.process;
				this.process = null;
				pending = this.starting;
				this.starting = null;
			}
			if (pending != null) {
				pending.thenAccept(ParserProcess::stop);
			}
			if (stopped != null) {
				stopped.stop();
			}
		}

		void kill() {
			ParserProcess killed;
			CompletableFuture<ParserProcess> pending;
			synchronized (this) {
				killed = this.process;
				pending = this.starting;
			}
			if (pending != null && pending.isDone() && !pending.isCompletedExceptionally()) {
				pending.join().kill();
			}
			if (killed != null) {
				killed.kill();
			}
		}

	}

	private String heap() {
		return this.properties.parserProcessHeap().toMegabytes() + " MB";
	}

	/**
	 * The time a child gets past the item's time limit to stop by itself: a quarter of
	 * it, 1 to 10 seconds.
	 */
	static Duration grace(Duration itemTimeout) {
		Duration quarter = itemTimeout.dividedBy(4);
		if (quarter.compareTo(Duration.ofSeconds(1)) < 0) {
			return Duration.ofSeconds(1);
		}
		return (quarter.compareTo(Duration.ofSeconds(10)) > 0) ? Duration.ofSeconds(10) : quarter;
	}

	private static String seconds(long nanos) {
		return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
	}

}
