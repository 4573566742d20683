package com.breachimpact.partition;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the analyse step is split and where its partitions run.
 *
 * @param mode {@link PartitionMode#LOCAL} (threads of the scan's JVM, the default) or
 * {@link PartitionMode#REMOTE} (worker JVMs over RabbitMQ)
 * @param threads partitions analysed at the same time by one JVM: the scan's in local
 * mode, each worker's in remote mode; {@code 0} (the default) means one per available
 * processor, at most {@value #MAX_AUTOMATIC_THREADS}
 * @param gridSize partitions to cut the pending items into; {@code 0} (the default) means
 * 4 per thread, except a single local thread, which gets one partition (the step then
 * behaves exactly like an unpartitioned one)
 * @param requestsQueue the RabbitMQ queue of partition requests (remote mode)
 * @param pollInterval how often the scan's JVM reads the job repository for finished
 * partitions (remote mode)
 * @param timeout how long the scan's JVM waits for all partitions before the step fails;
 * {@code 0} (the default) waits as long as it takes (remote mode)
 * @param worker whether this JVM is a worker; set by {@code breach-impact
 * worker}, not by hand
 */
@ConfigurationProperties(prefix = "breach-impact.partition", ignoreUnknownFields = false)
public record PartitionProperties(@DefaultValue("local") PartitionMode mode, @DefaultValue("0") int threads,
		@DefaultValue("0") int gridSize, @DefaultValue(DEFAULT_REQUESTS_QUEUE) String requestsQueue,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("0s") Duration timeout,
		@DefaultValue("false") boolean worker) {

	/** The default queue of partition requests. */
	public static final String DEFAULT_REQUESTS_QUEUE = "breach-impact.partitions.requests";

	/**
	 * The most threads {@code threads: 0} gives, whatever the processors: each thread
	 * holds a database connection and, with forked extraction, a child JVM.
	 */
	public static final int MAX_AUTOMATIC_THREADS = 8;

	public PartitionProperties {
		if (threads < 0) {
			throw new IllegalArgumentException(
					"breach-impact.partition.threads must be 0 (automatic) or more, not " + threads);
		}
		if (gridSize < 0) {
			throw new IllegalArgumentException(
					"breach-impact.partition.grid-size must not be negative, not " + gridSize);
		}
	}

	/**
	 * The threads that analyse partitions at the same time.
	 * @return {@link #threads()} when set, else the processors available to this JVM, at
	 * most {@value #MAX_AUTOMATIC_THREADS}
	 */
	public int effectiveThreads() {
		return (this.threads > 0) ? this.threads : automaticThreads(Runtime.getRuntime().availableProcessors());
	}

	/**
	 * The threads {@code threads: 0} gives for a number of processors.
	 * @param processors the processors available
	 * @return one per processor, at least 1 and at most {@value #MAX_AUTOMATIC_THREADS}
	 */
	static int automaticThreads(int processors) {
		return Math.max(1, Math.min(processors, MAX_AUTOMATIC_THREADS));
	}

	/**
	 * The number of partitions to cut the pending items into.
	 * @return {@link #gridSize()} when set, else 4 per thread, or 1 for a single local
	 * thread
	 */
	public int effectiveGridSize() {
		if (this.gridSize > 0) {
			return this.gridSize;
		}
		int effectiveThreads = effectiveThreads();
		return (this.mode == PartitionMode.LOCAL && effectiveThreads == 1) ? 1 : effectiveThreads * 4;
	}

}
