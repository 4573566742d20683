package com.breachimpact.partition;

import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Marks failed the partitions a remote manager step stopped waiting for (its timeout
 * passed): they stay "started" in the job repository otherwise, and a partition left
 * started cannot be restarted. The mark also fences off a worker still running one: its
 * next chunk fails on the step execution's version and rolls back, so a restart never
 * analyses an item twice.
 */
public class UnfinishedPartitions implements StepExecutionListener {

	private static final Logger logger = LoggerFactory.getLogger(UnfinishedPartitions.class);

	private final JobRepository jobRepository;

	public UnfinishedPartitions(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	@Override
	public ExitStatus afterStep(StepExecution managerExecution) {
		if (managerExecution.getStatus() == BatchStatus.COMPLETED) {
			return null;
		}
		JobExecution jobExecution = this.jobRepository.getJobExecution(managerExecution.getJobExecutionId());
		if (jobExecution == null) {
			return null;
		}
		String prefix = AnalysePartitionSteps.WORKER_STEP + ":";
		for (StepExecution partition : jobExecution.getStepExecutions()) {
			if (partition.getStepName().startsWith(prefix) && partition.getStatus().isRunning()) {
				String why = "not finished when the scan stopped waiting for its partitions";
				logger.warn("Run {}: partition {} (step execution {}) {}", jobExecution.getJobInstanceId(),
						partition.getStepName(), partition.getId(), why);
				partition.setStatus(BatchStatus.FAILED);
				partition.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
				partition.setEndTime(LocalDateTime.now());
				this.jobRepository.update(partition);
			}
		}
		return null;
	}

}
