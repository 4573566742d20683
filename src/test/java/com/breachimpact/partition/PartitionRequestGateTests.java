package com.breachimpact.partition;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.GenericMessage;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * A forged request on the broker never makes a worker run another step than the worker
 * step, nor a step execution that is not a partition of it: it is rejected (to the
 * dead-letter queue).
 */
class PartitionRequestGateTests {

	private final JobRepository jobRepository = mock(JobRepository.class);

	private final PartitionClaims claims = mock(PartitionClaims.class);

	private final MessageChannel workerRequests = mock(MessageChannel.class);

	private final PartitionRequestGate gate = new PartitionRequestGate(this.jobRepository, this.claims,
			this.workerRequests);

	@Test
	void aMessageThatIsNotARequestIsRejectedToTheDeadLetterQueue() {
		assertThatExceptionOfType(RejectedPartitionRequest.class)
			.isThrownBy(() -> this.gate.handleMessage(new GenericMessage<>(new byte[] { (byte) 0xac, (byte) 0xed, 0 })))
			.withMessage("not a partition request");
		verifyNoInteractions(this.jobRepository, this.claims, this.workerRequests);
	}

	@Test
	void aRequestForAStepExecutionThatDoesNotExistIsRejected() {
		// given: the JDBC job repository throws for an unknown id
		when(this.jobRepository.getStepExecution(anyLong())).thenThrow(new EmptyResultDataAccessException(1));

		// when
		assertThatExceptionOfType(RejectedPartitionRequest.class).isThrownBy(
				() -> this.gate.handleMessage(new GenericMessage<>("999999999 " + AnalysePartitionSteps.WORKER_STEP)));

		// then
		verify(this.workerRequests, never()).send(any());
		verifyNoInteractions(this.claims);
	}

	@Test
	void aRequestNamingTheManagersStepIsRejected() {
		// when
		assertThatExceptionOfType(RejectedPartitionRequest.class).isThrownBy(
				() -> this.gate.handleMessage(new GenericMessage<>("42 " + AnalysePartitionSteps.MANAGER_STEP)));

		// then
		verifyNoInteractions(this.jobRepository, this.claims, this.workerRequests);
	}

	@Test
	void aRequestForAStepExecutionThatIsNotAPartitionIsRejected() {
		// given
		StepExecution manager = mock(StepExecution.class);
		when(manager.getStepName()).thenReturn(AnalysePartitionSteps.MANAGER_STEP);
		when(this.jobRepository.getStepExecution(anyLong())).thenReturn(manager);

		// when
		assertThatExceptionOfType(RejectedPartitionRequest.class)
			.isThrownBy(() -> this.gate.handleMessage(new GenericMessage<>("42 " + AnalysePartitionSteps.WORKER_STEP)));

		// then
		verify(manager, never()).getJobExecution();
		verify(this.workerRequests, never()).send(any());
		verifyNoInteractions(this.claims);
	}

}
