package com.breachimpact.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.breachimpact.bench.BenchScans.Timing;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A manager and two remote workers ({@code breach-impact worker} JVMs, one
 * partition at a time each) on this machine against one local JVM on two
 * threads, on the same generated inventory (2,000 files by default, grid of 8)
 * and database; then the overhead per partition: the same two set-ups on 256
 * one-line files cut into 64 partitions, (remote - local) / 64. Needs the
 * local PostgreSQL and RabbitMQ (127.0.0.1:5672, guest). Every set-up scans a
 * 1,000-file warm-up inventory first.
 * Usage: {@code bench/run remotePartitioning [files]}.
 */
public final class RemotePartitioningBenchmark {

	private RemotePartitioningBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int files = (args.length > 0) ? Integer.parseInt(args[0]) : 2_000;
		Path inventory = BenchInventory.of(files);
		Path warmUp = BenchInventory.of(1_000);
		Path tiny = tinyInventory(256);
		String queue = "breach-impact.partitions.requests.bench-" + UUID.randomUUID().toString().substring(0, 8);
		Path work = Files.createTempDirectory("breach-impact-bench");
		List<Process> workers = new ArrayList<>();
		try (BenchDatabase database = BenchDatabase.create()) {
			Timing local;
			Timing localTiny;
			try (ConfigurableApplicationContext context = BenchScans.start(database, work,
					Map.of("breach-impact.partition.threads", 2, "breach-impact.partition.grid-size", 8))) {
				BenchScans.scan(context, warmUp, work.resolve("warm-local"));
				local = BenchScans.scan(context, inventory, work.resolve("local"));
			}
			try (ConfigurableApplicationContext context = BenchScans.start(database, work,
					Map.of("breach-impact.partition.threads", 2, "breach-impact.partition.grid-size", 64))) {
				localTiny = BenchScans.scan(context, tiny, work.resolve("local-tiny"));
			}
			Path job = work.resolve("worker.yml");
			Files.writeString(job, """
					breach-impact:
					  work-dir: %s
					  scan:
					    chunk-size: 50
					  partition:
					    requests-queue: %s
					""".formatted(work, queue), StandardCharsets.UTF_8);
			for (int i = 0; i < 2; i++) {
				workers.add(startWorker(job, database, work.resolve("worker-" + i + ".log")));
			}
			awaitReady(work, 2);
			Timing remote;
			Timing remoteTiny;
			Map<String, Object> manager = new HashMap<>(Map.of("breach-impact.partition.mode", "remote",
					"breach-impact.partition.requests-queue", queue, "breach-impact.partition.grid-size", 8,
					"breach-impact.partition.poll-interval", "100ms"));
			try (ConfigurableApplicationContext context = BenchScans.start(database, work, manager)) {
				BenchScans.scan(context, warmUp, work.resolve("warm-remote"));
				remote = BenchScans.scan(context, inventory, work.resolve("remote"));
			}
			manager.put("breach-impact.partition.grid-size", 64);
			try (ConfigurableApplicationContext context = BenchScans.start(database, work, manager)) {
				remoteTiny = BenchScans.scan(context, tiny, work.resolve("remote-tiny"));
			}
			System.out.printf(Locale.ROOT, "inventory: %d files; %d cores; workers and manager on this machine%n", files,
					Runtime.getRuntime().availableProcessors());
			System.out.printf(Locale.ROOT, "local JVM, 2 threads:         analyse %6.1f s (%d partitions)%n",
					local.seconds("analyse"), local.partitions());
			System.out.printf(Locale.ROOT, "manager + 2 remote workers:   analyse %6.1f s (%d partitions)%n",
					remote.seconds("analyse"), remote.partitions());
			System.out.printf(Locale.ROOT, "ratio remote/local throughput: %.2fx%n",
					local.seconds("analyse") / remote.seconds("analyse"));
			System.out.printf(Locale.ROOT, "tiny: local %.2f s, remote %.2f s for %d partitions: overhead %.0f ms per partition%n",
					localTiny.seconds("analyse"), remoteTiny.seconds("analyse"), remoteTiny.partitions(),
					(remoteTiny.seconds("analyse") - localTiny.seconds("analyse")) * 1000 / remoteTiny.partitions());
		}
		finally {
			for (Process worker : workers) {
				worker.destroy();
				if (!worker.waitFor(20, TimeUnit.SECONDS)) {
					worker.destroyForcibly();
				}
			}
			CachingConnectionFactory connectionFactory = new CachingConnectionFactory("127.0.0.1");
			try {
				new RabbitAdmin(connectionFactory).deleteQueue(queue);
			}
			finally {
				connectionFactory.destroy();
			}
		}
	}

	private static Process startWorker(Path job, BenchDatabase database, Path log) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", classPath(),
				"com.breachimpact.cli.BreachImpactCli", "worker", "--job", job.toString());
		builder.environment().put("BREACH_IMPACT_DB_URL", database.url());
		builder.environment().put("BREACH_IMPACT_DB_USER", "postgres");
		builder.environment().put("BREACH_IMPACT_DB_PASSWORD", "");
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		return builder.start();
	}

	private static void awaitReady(Path work, int count) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		for (int i = 0; i < count; i++) {
			Path log = work.resolve("worker-" + i + ".log");
			while (!Files.exists(log) || !Files.readString(log).contains("Worker ready")) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("Worker not ready: " + log);
				}
				Thread.sleep(200);
			}
		}
	}

	/**
	 * The class path of this benchmark: exec:java runs it in a class loader of
	 * its own, not on {@code java.class.path}.
	 */
	private static String classPath() {
		if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
			return java.util.Arrays.stream(loader.getURLs()).map(RemotePartitioningBenchmark::file)
				.collect(Collectors.joining(File.pathSeparator));
		}
		return System.getProperty("java.class.path");
	}

	private static String file(URL url) {
		try {
			return Path.of(url.toURI()).toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path tinyInventory(int files) throws IOException {
		Path root = Path.of("/tmp/breach-impact-bench/tiny-" + files);
		for (int i = 0; i < files; i++) {
			Path file = root.resolve("f" + (i / 64)).resolve("note-" + i + ".txt");
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				Files.writeString(file, "note " + i + "\n");
			}
		}
		return root;
	}

}
