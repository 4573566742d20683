package com.breachimpact.job;

import com.breachimpact.extraction.ContentExtractor;
import com.breachimpact.inventory.JdbcInventoryItemRepository;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Before the analyse step, tells the content extractor how many files and bytes of the
 * run are pending ({@link ContentExtractor#expect}), so that it can prepare for them.
 */
class ExtractionForecast implements StepExecutionListener {

	private final JdbcInventoryItemRepository items;

	private final ContentExtractor extractor;

	ExtractionForecast(JdbcInventoryItemRepository items, ContentExtractor extractor) {
		this.items = items;
		this.extractor = extractor;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		long[] pending = this.items.pendingTotals(stepExecution.getJobExecution().getJobInstanceId());
		this.extractor.expect(pending[0], pending[1]);
	}

}
