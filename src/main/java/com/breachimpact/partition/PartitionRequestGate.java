package com.breachimpact.partition;

import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Lets a partition request from the queue through to the worker step only when this
 * worker may run it, and holds the partition's claim while it runs. A message that is not
 * a partition request, names another step than the worker step, or names a step execution
 * that does not exist or is not a partition of the worker step is rejected
 * ({@link RejectedPartitionRequest}): the broker moves it to the dead-letter queue, once.
 * A request is dropped (and acknowledged) when:
 * <ul>
 * <li>its job execution is over (a request left in the queue by a failed or stopped scan:
 * a restart sends requests of its own);</li>
 * <li>its step execution is finished (a request delivered again after it completed);</li>
 * <li>another live worker is running that very step execution (a request the broker
 * delivered again, for instance after its consumer timeout).</li>
 * </ul>
 * A request delivered again after its worker died is run: the step reads the partition's
 * items still pending, so it goes on where the dead worker stopped. A new step execution
 * of a partition that an earlier execution still holds is marked failed rather than run
 * twice at once; the scan fails and can be restarted when that execution is over.
 */
public class PartitionRequestGate implements MessageHandler {

	private static final Logger logger = LoggerFactory.getLogger(PartitionRequestGate.class);

	private static final long RETRY_PAUSE_MILLIS = 1000;

	private final JobRepository jobRepository;

	private final PartitionClaims claims;

	private final MessageChannel workerRequests;

	/**
	 * Create a gate.
	 * @param jobRepository the shared job repository
	 * @param claims the partition claims
	 * @param workerRequests the input channel of the worker step's request handler; it
	 * must run the step in the sending thread
	 */
	public PartitionRequestGate(JobRepository jobRepository, PartitionClaims claims, MessageChannel workerRequests) {
		this.jobRepository = jobRepository;
		this.claims = claims;
		this.workerRequests = workerRequests;
	}

	@Override
	public void handleMessage(Message<?> message) {
		StepExecutionRequest request = PartitionRequests.decode(message.getPayload());
		if (request == null) {
			throw new RejectedPartitionRequest("not a partition request");
		}
		try {
			handle(request);
		}
		catch (RejectedPartitionRequest ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// the database or the broker is unavailable: hand the request back, after a
			// pause so that it does not come straight back
			logger.warn("Cannot take partition request {} now, returned to the queue: {}", request, ex.toString());
			pause();
			throw new MessagingException(message, "Partition request " + request + " returned to the queue", ex);
		}
	}

	private void handle(StepExecutionRequest request) {
		if (!AnalysePartitionSteps.WORKER_STEP.equals(request.getStepName())) {
			throw new RejectedPartitionRequest("a request for another step than " + AnalysePartitionSteps.WORKER_STEP
					+ ", the only one a worker runs");
		}
		StepExecution stepExecution = stepExecution(request.getStepExecutionId());
		if (stepExecution == null) {
			throw new RejectedPartitionRequest(
					"a request for step execution " + request.getStepExecutionId() + ", which does not exist");
		}
		if (!stepExecution.getStepName().startsWith(AnalysePartitionSteps.WORKER_STEP + ":")) {
			throw new RejectedPartitionRequest("a request for step execution " + stepExecution.getId()
					+ ", which is not a partition of " + AnalysePartitionSteps.WORKER_STEP);
		}
		JobExecution jobExecution = stepExecution.getJobExecution();
		if (!jobExecution.isRunning()) {
			logger.info("Dropped partition request {}: its scan execution {} is {}", request, jobExecution.getId(),
					jobExecution.getStatus());
			return;
		}
		if (!stepExecution.getStatus().isRunning()) {
			logger.info("Dropped partition request {}: already {}", request, stepExecution.getStatus());
			return;
		}
		long runId = jobExecution.getJobInstanceId();
		try (PartitionClaims.Claim claim = this.claims.tryClaim(runId, stepExecution.getStepName())) {
			if (claim == null) {
				refuse(stepExecution, runId);
				return;
			}
			logger.info("Worker takes partition {} (step execution {}) of run {}{}", stepExecution.getStepName(),
					stepExecution.getId(), runId, (stepExecution.getStatus() == BatchStatus.STARTED)
							? ", left unfinished by a worker that stopped" : "");
			this.workerRequests.send(MessageBuilder.withPayload(request).build());
			logger.info("Worker done with partition {} (step execution {}) of run {}", stepExecution.getStepName(),
					stepExecution.getId(), runId);
		}
	}

	/**
	 * The step execution, or {@code null} if there is none: the JDBC job repository
	 * throws rather than answer {@code null}, and a request for a step execution that
	 * does not exist must be rejected, not handed back to the queue for ever.
	 */
	private StepExecution stepExecution(long id) {
		try {
			return this.jobRepository.getStepExecution(id);
		}
		catch (EmptyResultDataAccessException ex) {
			return null;
		}
	}

	private void refuse(StepExecution stepExecution, long runId) {
		if (stepExecution.getStatus() == BatchStatus.STARTED) {
			logger.info("Dropped partition request for {} (step execution {}) of run {}: another worker is running it",
					stepExecution.getStepName(), stepExecution.getId(), runId);
			return;
		}
		String why = "partition " + stepExecution.getStepName()
				+ " is still being analysed by an earlier execution; restart the scan when it is over";
		logger.warn("Run {}: {}", runId, why);
		stepExecution.setStatus(BatchStatus.FAILED);
		stepExecution.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
		stepExecution.setEndTime(LocalDateTime.now());
		this.jobRepository.update(stepExecution);
	}

	private static void pause() {
		try {
			Thread.sleep(RETRY_PAUSE_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
