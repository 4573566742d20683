package com.breachimpact.partition;

import com.breachimpact.scan.AnalysisWriter;
import com.breachimpact.scan.ItemAnalyser;
import com.breachimpact.scan.ItemAnalysis;
import com.breachimpact.scan.LedgerItem;

import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the worker step of the analyse step, {@value #WORKER_STEP}: the chunk-oriented
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

	/**
	 * Build the worker step with a builder named {@value #WORKER_STEP}.
	 * @param builder a plain step builder, or a remote worker step builder
	 * @param chunkSize items per transaction
	 * @param transactionManager the transactions of the chunks
	 * @param reader the reader of a partition's pending items (step scoped)
	 * @param analyser the item processor (step scoped)
	 * @param writer the writer (step scoped)
	 * @return the step
	 */
	public static Step build(StepBuilder builder, int chunkSize, PlatformTransactionManager transactionManager,
			ItemReader<LedgerItem> reader, ItemAnalyser analyser, AnalysisWriter writer) {
		return build(builder, chunkSize, transactionManager, reader, analyser, writer, null);
	}

	/**
	 * The worker step, with a listener of its progress.
	 * @param builder the step builder (local or remote worker)
	 * @param chunkSize items per transaction
	 * @param transactionManager the transaction manager
	 * @param reader the partition's pending items
	 * @param analyser the processor
	 * @param writer the writer
	 * @param progress a listener shown the step's progress, or {@code null}
	 * @return the step
	 */
	public static Step build(StepBuilder builder, int chunkSize, PlatformTransactionManager transactionManager,
			ItemReader<LedgerItem> reader, ItemAnalyser analyser, AnalysisWriter writer, StepListener progress) {
		ChunkOrientedStepBuilder<LedgerItem, ItemAnalysis> step = builder.<LedgerItem, ItemAnalysis>chunk(chunkSize)
			.transactionManager(transactionManager)
			.reader(reader)
			.processor(analyser)
			.writer(writer);
		if (progress != null) {
			step.listener(progress);
		}
		return step.build();
	}

}
