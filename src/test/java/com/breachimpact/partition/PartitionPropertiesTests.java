package com.breachimpact.partition;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

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
	void threadsMustNotBeNegative() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(PartitionMode.LOCAL, -1, 0))
			.withMessageContaining("breach-impact.partition.threads");
	}

	@Test
	void zeroThreadsIsOnePerProcessorUpToACap() {
		assertThat(PartitionProperties.automaticThreads(1)).isEqualTo(1);
		assertThat(PartitionProperties.automaticThreads(2)).isEqualTo(2);
		assertThat(PartitionProperties.automaticThreads(64)).isEqualTo(PartitionProperties.MAX_AUTOMATIC_THREADS);
		int processors = Runtime.getRuntime().availableProcessors();
		assertThat(properties(PartitionMode.LOCAL, 0, 0).effectiveThreads())
			.isEqualTo(PartitionProperties.automaticThreads(processors));
		assertThat(properties(PartitionMode.LOCAL, 3, 0).effectiveThreads()).isEqualTo(3);
	}

	@Test
	void theDefaultIsAutomatic() {
		PartitionProperties bound = new Binder(new MapConfigurationPropertySource(Map.of("breach-impact.x", "y")))
			.bindOrCreate("breach-impact.partition", PartitionProperties.class);
		assertThat(bound.threads()).isZero();
		assertThat(bound.effectiveGridSize())
			.isEqualTo((bound.effectiveThreads() == 1) ? 1 : 4 * bound.effectiveThreads());
	}

	private static PartitionProperties properties(PartitionMode mode, int threads, int gridSize) {
		return new PartitionProperties(mode, threads, gridSize, PartitionProperties.DEFAULT_REQUESTS_QUEUE,
				Duration.ofSeconds(1), Duration.ZERO, false);
	}

}
