package com.breachimpact.partition;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.batch.integration.partition.StepExecutionRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PartitionRequests}.
 */
class PartitionRequestsTests {

	@Test
	void aRequestSurvivesItsWireForm() {
		// given
		StepExecutionRequest request = new StepExecutionRequest("analysePartition", 42);

		// when
		String wire = PartitionRequests.encode(request);
		StepExecutionRequest read = PartitionRequests.decode(wire.getBytes(StandardCharsets.UTF_8));

		// then
		assertThat(wire).isEqualTo("42 analysePartition");
		assertThat(read.getStepExecutionId()).isEqualTo(42);
		assertThat(read.getStepName()).isEqualTo("analysePartition");
	}

	@Test
	void anythingElseIsNotARequest() {
		assertThat(PartitionRequests.decode("")).isNull();
		assertThat(PartitionRequests.decode("42")).isNull();
		assertThat(PartitionRequests.decode("42 ")).isNull();
		assertThat(PartitionRequests.decode(" analysePartition")).isNull();
		assertThat(PartitionRequests.decode("x analysePartition")).isNull();
		assertThat(PartitionRequests.decode("-1 analysePartition")).isNull();
		assertThat(PartitionRequests.decode("42 analyse Partition")).isNull();
		assertThat(PartitionRequests.decode("42 " + "a".repeat(500))).isNull();
		assertThat(PartitionRequests.decode(42L)).isNull();
		assertThat(PartitionRequests.decode(null)).isNull();
	}

}
