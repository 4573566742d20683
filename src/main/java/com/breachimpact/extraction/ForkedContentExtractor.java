package com.breachimpact.extraction;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * {@link ContentExtractor} that parses in supervised child JVMs, so that a parser that
 * hangs, overflows its stack or runs out of memory costs one item, never the scan. A pool
 * of {@link ExtractionProperties#parserProcesses()} children, started on first use, each
 * runs an {@link ParserProcessMain} (a {@link TikaContentExtractor} with the same limits)
 * on a bounded heap ({@link ExtractionProperties#parserProcessHeap()}), and is replaced
 * after {@link ExtractionProperties#itemsPerParserProcess()} files.
 * <p>
 * A child that reports no progress for {@link ExtractionProperties#stallTimeout()}, or
 * runs past {@link ExtractionProperties#itemTimeout()} plus a grace period, is killed
 * ({@link ExtractionStatus#TIMEOUT}); one that runs out of memory
 * ({@link ExtractionStatus#OOM}) or dies ({@link ExtractionStatus#CRASH}) is replaced;
 * either way the next file goes to a fresh child. Such failures carry no parts.
 * Thread-safe: a caller waits for a free child. Children are killed on {@link #close()}
 * and when the JVM shuts down.
 * <p>
 * A path whose name the child JVM could not map back to the same file (bytes that are not
 * valid in the file name encoding) is extracted in-process.
 */
public class ForkedContentExtractor implements ContentExtractor, Closeable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private final ExtractionProperties properties;

	private final List<String> command;

	private final String parserClass;

	private final BlockingQueue<Slot> idle;

	private final List<Slot> slots = new ArrayList<>();

	private final Thread shutdownHook;

	private final Object inProcessLock = new Object();

	private TikaContentExtractor inProcess;

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
		if (properties.parserProcesses() < 1 || properties.itemsPerParserProcess() < 1) {
			throw new IllegalArgumentException(
					"Extraction needs at least one parser process and one item per parser process");
		}
		this.properties = properties;
		this.parserClass = parserClass;
		this.command = ParserProcessCommand.of(properties, parserClass);
		this.idle = new ArrayBlockingQueue<>(properties.parserProcesses());
		for (int i = 0; i < properties.parserProcesses(); i++) {
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
				return await(current);
			}
			catch (InterruptedException ex) {
				discard();
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while extracting", ex);
			}
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

		private ParserProcess ready() {
			synchronized (this) {
				if (this.process != null && !this.process.isAlive()) {
					this.process.kill();
					this.process = null;
				}
				if (this.process == null) {
					if (ForkedContentExtractor.this.closed) {
						throw new IllegalStateException("The extractor is closed");
					}
					try {
						this.process = ParserProcess.start(ForkedContentExtractor.this.command, START_TIMEOUT);
					}
					catch (IOException ex) {
						throw new IllegalStateException("Cannot start a parser process: " + ex.getMessage(), ex);
					}
				}
				return this.process;
			}
		}

		/** Kill the child at once (it is stuck or dead). */
		private void discard() {
			synchronized (this) {
				if (this.process != null) {
					this.process.kill();
					this.process = null;
				}
			}
		}

		/** Let the child exit in the background and start afresh next time. */
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
		}

		void stop() {
			ParserProcess stopped;
			synchronized (this) {
				stopped = this.process;
				this.process = null;
			}
			if (stopped != null) {
				stopped.stop();
			}
		}

		void kill() {
			ParserProcess killed;
			synchronized (this) {
				killed = this.process;
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
