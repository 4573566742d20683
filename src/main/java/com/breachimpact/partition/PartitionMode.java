package com.breachimpact.partition;

/**
 * Where the partitions of the analyse step run.
 */
public enum PartitionMode {

	/** On threads of the JVM that runs the scan. */
	LOCAL,

	/**
	 * On worker JVMs ({@code breach-impact worker}) that take partition requests from a
	 * RabbitMQ queue and share the job repository; the scan's JVM waits for them by
	 * polling the repository.
	 */
	REMOTE

}
