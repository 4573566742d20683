package com.breachimpact.progress;

import java.util.function.Function;
import java.util.function.LongSupplier;

import com.breachimpact.analysis.ItemAnalysis;
import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.inventory.LedgerItem;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Shows the progress of the analyse step: before the step it counts the run's pending
 * items and their bytes; after each chunk it advances by the items the chunk read
 * (analysed or failed, each is done). Register it on the step as a
 * {@link StepExecutionListener} and a {@link ChunkListener} at once:
 * {@code .listener((StepListener) listener)}.
 */
public class AnalyseProgressListener implements StepExecutionListener, ChunkListener<LedgerItem, ItemAnalysis> {

	private final JdbcInventoryItemRepository items;

	private final Function<Long, ProgressDisplay> displays;

	private final LongSupplier nanoClock;

	private ProgressMeter meter;

	private ProgressDisplay display = ProgressDisplay.NONE;

	private long chunkFiles;

	private long chunkBytes;

	/**
	 * A listener.
	 * @param items the ledger, to count the pending items
	 * @param displays makes the display for a step of a given number of files
	 * @param nanoClock a monotonic clock in nanoseconds
	 */
	public AnalyseProgressListener(JdbcInventoryItemRepository items, Function<Long, ProgressDisplay> displays,
			LongSupplier nanoClock) {
		this.items = items;
		this.displays = displays;
		this.nanoClock = nanoClock;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		long runId = stepExecution.getJobExecution().getJobInstanceId();
		long[] totals = this.items.pendingTotals(runId);
		this.meter = new ProgressMeter(totals[0], totals[1], this.nanoClock);
		this.display = this.displays.apply(totals[0]);
		this.display.start(this.meter);
	}

	@Override
	public void beforeChunk(Chunk<LedgerItem> chunk) {
		long bytes = 0;
		for (LedgerItem item : chunk) {
			bytes += Math.max(item.size(), 0);
		}
		this.chunkFiles = chunk.size();
		this.chunkBytes = bytes;
	}

	@Override
	public void afterChunk(Chunk<ItemAnalysis> chunk) {
		if (this.meter != null) {
			this.meter.advance(this.chunkFiles, this.chunkBytes);
			this.chunkFiles = 0;
			this.chunkBytes = 0;
			this.display.update(this.meter);
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (this.meter != null) {
			this.display.finish(this.meter);
		}
		this.meter = null;
		this.display = ProgressDisplay.NONE;
		return null;
	}

}
