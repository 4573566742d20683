package com.breachimpact.extraction;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One child JVM running a {@link ParserProcessMain}, and the threads that read its
 * output: a reader that turns its replies into a queue the caller polls with time-outs,
 * and a drain of its standard error that keeps only whether it ran out of memory. Used by
 * one thread at a time.
 */
final class ParserProcess {

	private static final Object PROGRESS = new Object();

	private static final Object READY = new Object();

	private static final Object END = new Object();

	private final Process process;

	private final DataOutputStream requests;

	private final BlockingQueue<Object> replies = new LinkedBlockingQueue<>();

	private volatile boolean outOfMemory;

	private int items;

	private ParserProcess(Process process) {
		this.process = process;
		this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
		Thread reader = new Thread(this::readReplies, "parser-process-" + process.pid() + "-out");
		reader.setDaemon(true);
		reader.start();
		Thread drain = new Thread(this::drainErrors, "parser-process-" + process.pid() + "-err");
		drain.setDaemon(true);
		drain.start();
	}

	/**
	 * Start a parser process and wait until it is ready.
	 * @param command its command line
	 * @param timeout how long to wait for it
	 * @return the ready parser process
	 * @throws IOException if it cannot be started or does not get ready
	 */
	static ParserProcess start(List<String> command, Duration timeout) throws IOException {
		Process process = new ProcessBuilder(command).start();
		ParserProcess started = new ParserProcess(process);
		try {
			Object reply = started.replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
			if (reply != READY) {
				started.kill();
				throw new IOException("The parser process did not start"
						+ ((reply == END) ? " (exit code " + started.exitCode() + ")" : " within " + timeout));
			}
		}
		catch (InterruptedException ex) {
			started.kill();
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while starting a parser process", ex);
		}
		return started;
	}

	/** Files extracted (or attempted) by this parser process. */
	int items() {
		return this.items;
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Send a request.
	 * @param path the file, as a string the parser process's JVM maps back to it
	 * @param name the resource name
	 * @throws IOException if the parser process is gone
	 */
	void send(String path, String name) throws IOException {
		this.items++;
		this.requests.writeByte(ParserProtocol.EXTRACT);
		ParserProtocol.writeString(this.requests, path);
		ParserProtocol.writeString(this.requests, name);
		this.requests.flush();
	}

	/**
	 * Wait for the next reply.
	 * @param timeoutNanos how long to wait
	 * @return a progress reply ({@link #isProgress}), an {@link Extraction}, the end of
	 * the parser process's output ({@link #isEnd}), or {@code null} on time-out
	 * @throws InterruptedException if interrupted
	 */
	Object next(long timeoutNanos) throws InterruptedException {
		return this.replies.poll(timeoutNanos, TimeUnit.NANOSECONDS);
	}

	static boolean isProgress(Object reply) {
		return reply == PROGRESS;
	}

	static boolean isEnd(Object reply) {
		return reply == END;
	}

	/**
	 * Wait a little for the process to exit after its output ended.
	 * @return its exit code, or -1 if it has not exited
	 */
	int exitCode() {
		try {
			if (this.process.waitFor(5, TimeUnit.SECONDS)) {
				return this.process.exitValue();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return -1;
	}

	/** Whether the process reported that it ran out of memory. */
	boolean ranOutOfMemory() {
		return this.outOfMemory || exitCode() == ParserProtocol.OOM_EXIT_CODE;
	}

	/** Ask the parser process to exit, and kill it if it does not at once. */
	void stop() {
		try {
			this.requests.writeByte(ParserProtocol.QUIT);
			this.requests.flush();
			if (this.process.waitFor(2, TimeUnit.SECONDS)) {
				return;
			}
		}
		catch (IOException ex) {
			// gone already
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		kill();
	}

	/** Kill the process (and any process it started). */
	void kill() {
		this.process.descendants().forEach(ProcessHandle::destroyForcibly);
		this.process.destroyForcibly();
	}

	private void readReplies() {
		try (DataInputStream in = new DataInputStream(
				new BufferedInputStream(this.process.getInputStream(), 1 << 16))) {
			while (true) {
				int type = in.read();
				if (type == ParserProtocol.PROGRESS) {
					this.replies.add(PROGRESS);
				}
				else if (type == ParserProtocol.READY) {
					this.replies.add(READY);
				}
				else if (type == ParserProtocol.RESULT) {
					this.replies.add(ParserProtocol.readExtraction(in));
				}
				else {
					break;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// the parser process died or wrote garbage: either way it is finished
		}
		this.replies.add(END);
	}

	private void drainErrors() {
		try (BufferedReader errors = new BufferedReader(
				new InputStreamReader(this.process.getErrorStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = errors.readLine()) != null) {
				if (line.contains("java.lang.OutOfMemoryError")) {
					this.outOfMemory = true;
				}
			}
		}
		catch (IOException ex) {
			// the parser process is gone
		}
	}

}
