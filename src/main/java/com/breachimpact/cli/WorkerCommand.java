package com.breachimpact.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import com.breachimpact.partition.PartitionProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * {@code breach-impact worker}: analyse partitions of scans run in remote mode, taking
 * their requests from RabbitMQ, until stopped.
 */
@Command(name = "worker",
		description = { "Analyse partitions of scans run with breach-impact.partition.mode=remote:",
				"take partition requests from RabbitMQ and run them against the scan's",
				"PostgreSQL database, until stopped (Ctrl-C or SIGTERM; a partition left",
				"unfinished goes to another worker, which goes on where it stopped)." },
		footer = { "", "A worker needs what the scan has, at the same paths:",
				"  the database   BREACH_IMPACT_DB_URL, BREACH_IMPACT_DB_USER,",
				"                 BREACH_IMPACT_DB_PASSWORD",
				"  RabbitMQ       spring.rabbitmq.* in the job definition, or SPRING_RABBITMQ_HOST,",
				"                 _PORT, _USERNAME, _PASSWORD", "  the inventory and the client registry",
				"  the case key   breach-impact.scan.key-file (default: <work-dir>/case.key)", "", "Examples:",
				"  breach-impact worker --job jobs/scan.yml --threads 2",
				"  breach-impact worker --queue case-42.partitions --work-dir /srv/case-42" })
class WorkerCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--job", paramLabel = "<file>",
			description = "Job definition (YAML) of the case: database, RabbitMQ, key file, limits.")
	Path job;

	@Option(names = "--threads", paramLabel = "<n>",
			description = "Partitions analysed at the same time by this worker (default: breach-impact.partition.threads; 0, the default, is one per processor, at most 8).")
	Integer threads;

	@Option(names = "--queue", paramLabel = "<name>",
			description = "Queue of partition requests (default: breach-impact.partition.requests-queue, "
					+ PartitionProperties.DEFAULT_REQUESTS_QUEUE + ").")
	String queue;

	@Mixin
	WorkFolderOption workFolder;

	@Override
	public Integer call() throws InterruptedException {
		if (this.threads != null && this.threads < 1) {
			throw new CommandException(ExitCodes.INVALID_INPUT, "--threads must be at least 1");
		}
		Map<String, Object> overrides = new HashMap<>();
		overrides.put("breach-impact.partition.mode", "remote");
		overrides.put("breach-impact.partition.worker", "true");
		overrides.put("breach-impact.partition.threads", this.threads);
		overrides.put("breach-impact.partition.requests-queue", this.queue);
		this.workFolder.applyTo(overrides);
		CountDownLatch closed = new CountDownLatch(1);
		try (ConfigurableApplicationContext context = SpringContexts.start(this.job, overrides)) {
			context.addApplicationListener((ContextClosedEvent event) -> closed.countDown());
			PartitionProperties properties = context.getBean(PartitionProperties.class);
			this.spec.commandLine()
				.getOut()
				.printf("Worker ready: partitions from queue %s, %d at a time (Ctrl-C to stop)%n",
						properties.requestsQueue(), properties.effectiveThreads());
			this.spec.commandLine().getOut().flush();
			closed.await();
		}
		return ExitCodes.OK;
	}

}
