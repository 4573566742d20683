package com.breachimpact.inventory;

import java.nio.file.Path;

import com.breachimpact.incremental.PreviousRunLookup;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest step: walk the inventory (or read its manifest) and record every entry in
 * the ledger with its size, modification time and SHA-256.
 */
@Configuration(proxyBeanMethods = false)
public class IngestStepConfiguration {

	/** Entries recorded per transaction. */
	private static final int CHUNK_SIZE = 200;

	@Bean
	public Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AbstractItemCountingItemStreamItemReader<InventoryEntry> inventoryReader, FileDigester fileDigester,
			LedgerWriter ledgerWriter) {
		return new StepBuilder("ingest", jobRepository).<InventoryEntry, LedgerEntry>chunk(CHUNK_SIZE)
			.transactionManager(transactionManager)
			.reader(inventoryReader)
			.processor(fileDigester)
			.writer(ledgerWriter)
			.build();
	}

	/**
	 * The inventory's entries: from its manifest when the scan names one, else by walking
	 * the inventory folder.
	 */
	@Bean
	@StepScope
	public AbstractItemCountingItemStreamItemReader<InventoryEntry> inventoryReader(
			@Value("#{jobParameters['inventory']}") String inventory,
			@Value("#{jobParameters['manifest']}") String manifest) {
		if (manifest != null && !manifest.isBlank()) {
			return new ManifestReader(Path.of(manifest), Path.of(inventory));
		}
		return new InventoryWalker(Path.of(inventory));
	}

	@Bean
	@StepScope
	public FileDigester fileDigester(@Value("#{jobParameters['inventory']}") String inventory,
			JdbcTemplate jdbcTemplate, @Value("#{stepExecution.jobExecution.jobInstanceId}") long runId) {
		Long previousRunId = jdbcTemplate.queryForObject("SELECT previous_run_id FROM scan_run WHERE run_id = ?",
				Long.class, runId);
		PreviousRunLookup previousRun = (previousRunId != null) ? new PreviousRunLookup(jdbcTemplate, previousRunId)
				: null;
		return new FileDigester(Path.of(inventory), previousRun);
	}

	@Bean
	@StepScope
	public LedgerWriter ledgerWriter(JdbcTemplate jdbcTemplate,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long runId) {
		return new LedgerWriter(jdbcTemplate, runId);
	}

}
