package com.breachimpact.partition;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link PartitionProperties}.
 */
class PartitionPropertiesTests {

	@Test
	void aSingleLocalThreadGetsOnePartition() {
		assertThat(properties(PartitionMode.LOCAL, 1, 0).effectiveGridSize()).isEqualTo(1);
	}

	@Test
	void severalThreadsGetFourPartitionsEach() {
		assertThat(properties(PartitionMode.LOCAL, 2, 0).effectiveGridSize()).isEqualTo(8);
		assertThat(properties(PartitionMode.REMOTE, 1, 0).effectiveGridSize()).isEqualTo(4);
	}

	@Test
	void aGridSizeSetByHandWins() {
		assertThat(properties(PartitionMode.LOCAL, 1, 6).effectiveGridSize()).isEqualTo(6);
	}

	@Test
	void threadsMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(PartitionMode.LOCAL, 0, 0))
			.withMessageContaining("breach-impact.partition.threads");
	}

	private static PartitionProperties properties(PartitionMode mode, int threads, int gridSize) {
		return new PartitionProperties(mode, threads, gridSize, PartitionProperties.DEFAULT_REQUESTS_QUEUE,
				Duration.ofSeconds(1), Duration.ZERO, false);
	}

}
