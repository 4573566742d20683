package com.breachimpact.partition;

import com.breachimpact.scan.ScanParameters;
import com.breachimpact.scan.ScanRequest;
import com.breachimpact.scan.ScanRunRecorder;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.core.task.SyncTaskExecutor;

/**
 * Runs the scan job on one thread (one partition, in the calling thread), whatever the
 * test context's partitioning: the baseline the partitioned and remote scans are compared
 * with.
 */
final class SingleThreadedScans {

	private SingleThreadedScans() {
	}

	static JobExecution scan(ApplicationContext context, ScanRequest request) throws Exception {
		JobRepository jobRepository = context.getBean(JobRepository.class);
		Step analyse = new StepBuilder(AnalysePartitionSteps.MANAGER_STEP, jobRepository)
			.partitioner(AnalysePartitionSteps.WORKER_STEP, context.getBean(ItemRangePartitioner.class))
			.step(context.getBean(AnalysePartitionSteps.WORKER_STEP, Step.class))
			.gridSize(1)
			.taskExecutor(new SyncTaskExecutor())
			.build();
		Job job = new JobBuilder("scan", jobRepository).listener(context.getBean(ScanRunRecorder.class))
			.start(context.getBean("ingestStep", Step.class))
			.next(analyse)
			.next(context.getBean("reportStep", Step.class))
			.build();
		return context.getBean(JobOperator.class).start(job, ScanParameters.of(request));
	}

}
