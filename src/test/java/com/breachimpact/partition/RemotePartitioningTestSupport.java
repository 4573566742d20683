package com.breachimpact.partition;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.breachimpact.scan.ScanProperties;
import com.breachimpact.scan.ScanRequest;
import com.breachimpact.support.NeedsRabbitMq;
import com.breachimpact.support.PostgresScanTestSupport;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the remote partitioning tests: this JVM is the manager (scans run with
 * {@code breach-impact.partition.mode=remote}, a grid of four) and {@link RemoteWorkers}
 * are {@code breach-impact worker} JVMs on the same database and the local RabbitMQ.
 */
@NeedsRabbitMq
abstract class RemotePartitioningTestSupport extends PostgresScanTestSupport {

	@Autowired
	protected ApplicationContext context;

	@Autowired
	protected ScanProperties scanProperties;

	@DynamicPropertySource
	static void remoteManager(DynamicPropertyRegistry registry) {
		registry.add("breach-impact.partition.mode", () -> "remote");
		registry.add("breach-impact.partition.requests-queue", () -> RemoteWorkers.QUEUE);
		registry.add("breach-impact.partition.grid-size", () -> "4");
		registry.add("breach-impact.partition.poll-interval", () -> "100ms");
	}

	/** Exactly {@code count} live workers. */
	protected List<WorkerProcess> workers(int count) throws InterruptedException {
		return RemoteWorkers.exactly(count, this.scanProperties.keyFile());
	}

	/**
	 * Start a scan in another thread. (It yields a {@code Scanned}: Spring Batch's test
	 * listener takes any method returning a bare {@code JobExecution}, lambdas included,
	 * for a factory of its own.)
	 */
	protected CompletableFuture<Scanned> scanInBackground(Path inventory, Path registry, Path out) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				return scan(new ScanRequest(inventory, registry, out, "busy " + out));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/**
	 * Wait until a worker has committed part of a partition of the scan writing to
	 * {@code out}, and kill it before it ends the partition.
	 * @return the killed worker
	 */
	protected WorkerProcess killMidPartition(List<WorkerProcess> running, Path out) throws InterruptedException {
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (System.nanoTime() < deadline) {
			for (WorkerProcess worker : running) {
				long stepExecution = worker.runningStepExecution();
				if (stepExecution > 0 && isMidway(stepExecution, out)) {
					worker.kill();
					return worker;
				}
			}
			Thread.sleep(10);
		}
		throw new IllegalStateException("No worker was ever midway through a partition");
	}

	private boolean isMidway(long stepExecution, Path out) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				SELECT s.status = 'STARTED' AND s.write_count > 0 FROM batch_step_execution s
				JOIN batch_job_execution e ON e.job_execution_id = s.job_execution_id
				JOIN scan_run r ON r.run_id = e.job_instance_id
				WHERE s.step_execution_id = ? AND r.out_dir = ?""", Boolean.class, stepExecution,
				out.toAbsolutePath().normalize().toString()));
	}

	/** The partitions of an execution in a status. */
	protected long partitions(JobExecution execution, String status) {
		return this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM batch_step_execution
				WHERE job_execution_id = ? AND step_name LIKE 'analysePartition:%' AND status = ?""", Long.class,
				execution.getId(), status);
	}

	/** No finding twice, and no item left pending. */
	protected void assertNothingAnalysedTwiceAndNothingLeft(long runId) {
		assertThat(duplicateFindings(runId)).isZero();
		assertThat(this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM (SELECT item_id, location, category FROM sensitive_value_set
				WHERE run_id = ? GROUP BY item_id, location, category HAVING COUNT(*) > 1) d""", Long.class, runId))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM inventory_item WHERE run_id = ? AND status = 'pending'", Long.class, runId))
			.isZero();
	}

}
