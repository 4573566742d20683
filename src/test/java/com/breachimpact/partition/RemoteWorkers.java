package com.breachimpact.partition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.breachimpact.support.PostgresTestDatabase;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * The worker JVMs of the remote partitioning tests, shared by the test classes of this
 * JVM (a worker start costs seconds): they take requests from a queue of this test JVM's
 * own, which is deleted, and the workers killed, when the JVM exits.
 */
final class RemoteWorkers {

	/** The queue of partition requests of this test JVM. */
	static final String QUEUE = "breach-impact.partitions.requests.test-"
			+ UUID.randomUUID().toString().substring(0, 8);

	private static final Duration WORKER_START = Duration.ofSeconds(90);

	private static final List<WorkerProcess> workers = new ArrayList<>();

	private static Path folder;

	private RemoteWorkers() {
	}

	/**
	 * Exactly {@code count} live workers, started (in parallel) or killed as needed.
	 * @param count the workers wanted
	 * @param keyFile the case key file of the test context
	 * @return the live workers
	 */
	static synchronized List<WorkerProcess> exactly(int count, Path keyFile) throws InterruptedException {
		workers.removeIf((worker) -> !worker.isAlive());
		while (workers.size() > count) {
			workers.remove(workers.size() - 1).kill();
		}
		List<WorkerProcess> started = new ArrayList<>();
		Path job = jobDefinition(keyFile);
		while (workers.size() + started.size() < count) {
			started.add(WorkerProcess.start("worker-" + UUID.randomUUID().toString().substring(0, 6), folder(), job,
					PostgresTestDatabase.url()));
		}
		for (WorkerProcess worker : started) {
			worker.awaitReady(WORKER_START);
		}
		workers.addAll(started);
		return List.copyOf(workers);
	}

	private static Path jobDefinition(Path keyFile) {
		Path job = folder().resolve("worker.yml");
		try {
			Files.writeString(job, """
					breach-impact:
					  work-dir: %s
					  scan:
					    key-file: %s
					    chunk-size: 5
					  partition:
					    requests-queue: %s
					""".formatted(folder().resolve("work"), keyFile.toAbsolutePath(), QUEUE), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return job;
	}

	private static synchronized Path folder() {
		if (folder == null) {
			try {
				folder = Files.createTempDirectory("breach-impact-workers");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(RemoteWorkers::stopAll));
		}
		return folder;
	}

	private static synchronized void stopAll() {
		for (WorkerProcess worker : workers) {
			try {
				worker.kill();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		CachingConnectionFactory connectionFactory = new CachingConnectionFactory("127.0.0.1");
		try {
			RabbitAdmin admin = new RabbitAdmin(connectionFactory);
			admin.deleteQueue(QUEUE);
			admin.deleteQueue(QUEUE + ".dead");
		}
		catch (RuntimeException ex) {
			// the broker is gone: nothing to clean up
		}
		finally {
			connectionFactory.destroy();
		}
	}

}
