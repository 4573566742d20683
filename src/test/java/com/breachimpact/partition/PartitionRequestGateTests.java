package com.breachimpact.partition;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.GenericMessage;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * A forged request on the broker never makes a worker run another step than the worker
 * step, nor a step execution that is not a partition of it.
 */
class PartitionRequestGateTests {

	private final JobRepository jobRepository = mock(JobRepository.class);

	private final PartitionClaims claims = mock(PartitionClaims.class);

	private final MessageChannel workerRequests = mock(MessageChannel.class);

	private final PartitionRequestGate gate = new PartitionRequestGate(this.jobRepository, this.claims,
			this.workerRequests);

	@Test
	void aRequestNamingTheManagersStepIsDropped() {
		// when
		this.gate.handleMessage(new GenericMessage<>("42 " + AnalysePartitionSteps.MANAGER_STEP));

		// then
		verifyNoInteractions(this.jobRepository, this.claims, this.workerRequests);
	}

	@Test
	void aRequestForAStepExecutionThatIsNotAPartitionIsDropped() {
		// given
		StepExecution manager = mock(StepExecution.class);
		when(manager.getStepName()).thenReturn(AnalysePartitionSteps.MANAGER_STEP);
		when(this.jobRepository.getStepExecution(anyLong())).thenReturn(manager);

		// when
		this.gate.handleMessage(new GenericMessage<>("42 " + AnalysePartitionSteps.WORKER_STEP));

		// then
		verify(manager, never()).getJobExecution();
		verify(this.workerRequests, never()).send(any());
		verifyNoInteractions(this.claims);
	}

}
