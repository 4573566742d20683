package com.breachimpact.partition;

/**
 * The names of the partitioned analyse step (defined with the rest of the scan job in
 * {@code com.breachimpact.job.ScanJobConfiguration}): the manager step
 * {@value #MANAGER_STEP} and its worker step {@value #WORKER_STEP}, the chunk-oriented
 * analysis of one partition (a range of item ids), the same in a local thread and in a
 * worker JVM.
 */
public final class AnalysePartitionSteps {

	/** The manager step's name: the job's analyse step. */
	public static final String MANAGER_STEP = "analyse";

	/**
	 * The worker step's name, also the name of its bean (a worker JVM finds the step of a
	 * partition request by bean name).
	 */
	public static final String WORKER_STEP = "analysePartition";

	private AnalysePartitionSteps() {
	}

}
