package com.breachimpact.partition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code breach-impact worker} JVM started by a test, on this JVM's class path and the
 * test database, its output in a log file the test reads.
 */
final class WorkerProcess {

	private final String name;

	private final Process process;

	private final Path log;

	private WorkerProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	/**
	 * Start a worker.
	 * @param name a name for the log file
	 * @param dir the folder of the log file
	 * @param jobDefinition the worker's job definition (queue, key file, chunk size)
	 * @param databaseUrl the JDBC URL of the test database (user postgres)
	 */
	static WorkerProcess start(String name, Path dir, Path jobDefinition, String databaseUrl) {
		Path log = dir.resolve(name + ".log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				"com.breachimpact.cli.BreachImpactCli", "worker", "--job", jobDefinition.toString()));
		builder.environment().put("BREACH_IMPACT_DB_URL", databaseUrl);
		builder.environment().put("BREACH_IMPACT_DB_USER", "postgres");
		builder.environment().put("BREACH_IMPACT_DB_PASSWORD", "");
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		try {
			return new WorkerProcess(name, builder.start(), log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start worker " + name, ex);
		}
	}

	/** Wait until the worker takes requests. */
	void awaitReady(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!log().contains("Worker ready")) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Worker " + this.name + " ended before it was ready:\n" + log());
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Worker " + this.name + " not ready after " + timeout + ":\n" + log());
			}
			Thread.sleep(100);
		}
	}

	/** The worker's output so far. */
	String log() {
		try {
			return Files.exists(this.log) ? Files.readString(this.log) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The step execution this worker is running now, from its log.
	 * @return the step execution id, or {@code -1} if it is not running one
	 */
	long runningStepExecution() {
		String output = log();
		int taken = output.lastIndexOf("Worker takes partition ");
		if (taken < 0 || output.indexOf("Worker done with partition ", taken) >= 0) {
			return -1;
		}
		int start = output.indexOf("(step execution ", taken) + "(step execution ".length();
		return Long.parseLong(output.substring(start, output.indexOf(')', start)));
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/** Kill the worker at once, as a crash would (no shutdown hooks). */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(10, TimeUnit.SECONDS);
	}

	String name() {
		return this.name;
	}

}
