package com.breachimpact.partition;

import com.breachimpact.progress.AnalyseProgressListener;
import com.breachimpact.scan.AnalysisWriter;
import com.breachimpact.scan.ItemAnalyser;
import com.breachimpact.scan.LedgerItem;
import com.breachimpact.scan.ScanProperties;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The partitioned analyse step: the manager step {@code analyse} cuts the run's pending
 * items into ranges of equal bytes and runs the worker step {@code analysePartition} once
 * per range, on {@code breach-impact.partition.threads} threads of this JVM (local mode,
 * here) or on worker JVMs ({@link RemotePartitioningConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
public class PartitionConfiguration {

	/**
	 * The partitioner of the run the step belongs to.
	 */
	@Bean
	@StepScope
	public ItemRangePartitioner itemRangePartitioner(JdbcTemplate jdbcTemplate,
			PlatformTransactionManager transactionManager,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long runId) {
		return new ItemRangePartitioner(jdbcTemplate, transactionManager, runId);
	}

	/**
	 * The manager step in local mode: partitions run on a pool of {@code threads}
	 * threads, or in the launching thread when there is one.
	 */
	@Bean
	@ConditionalOnProperty(name = "breach-impact.partition.mode", havingValue = "local", matchIfMissing = true)
	public Step analyseStep(JobRepository jobRepository, PartitionProperties properties,
			ItemRangePartitioner itemRangePartitioner,
			@Qualifier(AnalysePartitionSteps.WORKER_STEP) Step analysePartition) {
		return new StepBuilder(AnalysePartitionSteps.MANAGER_STEP, jobRepository)
			.partitioner(AnalysePartitionSteps.WORKER_STEP, itemRangePartitioner)
			.step(analysePartition)
			.gridSize(properties.effectiveGridSize())
			.taskExecutor(partitionExecutor(properties.threads()))
			.build();
	}

	/**
	 * The worker step, run by this JVM (every JVM but a remote worker, which defines its
	 * own in {@link RemotePartitioningConfiguration}).
	 */
	@Bean(AnalysePartitionSteps.WORKER_STEP)
	@ConditionalOnProperty(name = "breach-impact.partition.worker", havingValue = "false", matchIfMissing = true)
	public Step analysePartition(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ScanProperties scanProperties, JdbcPagingItemReader<LedgerItem> pendingItemReader,
			ItemAnalyser itemAnalyser, AnalysisWriter analysisWriter, AnalyseProgressListener analyseProgressListener) {
		return AnalysePartitionSteps.build(new StepBuilder(AnalysePartitionSteps.WORKER_STEP, jobRepository),
				scanProperties.chunkSize(), transactionManager, pendingItemReader, itemAnalyser, analysisWriter,
				analyseProgressListener);
	}

	private static TaskExecutor partitionExecutor(int threads) {
		if (threads == 1) {
			return new SyncTaskExecutor();
		}
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("analyse-");
		executor.setConcurrencyLimit(threads);
		return executor;
	}

}
