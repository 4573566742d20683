package com.breachimpact.incremental;

import java.util.Map;

import javax.sql.DataSource;

import com.breachimpact.scan.AnalysisWriter;
import com.breachimpact.scan.ItemAnalyser;
import com.breachimpact.scan.ItemAnalysis;
import com.breachimpact.scan.LedgerItem;
import com.breachimpact.scan.ScanProperties;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The steps that reuse finished work on a rerun: {@code link} (before analysis: find
 * content analysed before, record removed files), {@code carry} (take over earlier
 * results; once before analysis and once after it, for content repeated within the run)
 * and {@code remap} (map moved, copied or re-registered content to clients from the text
 * cache).
 */
@Configuration(proxyBeanMethods = false)
public class IncrementalStepsConfiguration {

	@Bean
	public ResultCarrier resultCarrier(JdbcTemplate jdbcTemplate) {
		return new ResultCarrier(jdbcTemplate);
	}

	@Bean
	public CaseLock caseLock(DataSource dataSource, IncrementalProperties properties) {
		return new CaseLock(dataSource, properties.locks());
	}

	@Bean
	public TextCache textCache(IncrementalProperties properties) {
		return new TextCache(properties.textCache());
	}

	@Bean
	public Step linkStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ResultCarrier resultCarrier) {
		return new StepBuilder("link", jobRepository).tasklet((contribution, context) -> {
			resultCarrier.link(context.getStepContext().getStepExecution().getJobExecution().getJobInstanceId());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	public Step carryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ResultCarrier resultCarrier) {
		return carry("carry", jobRepository, transactionManager, resultCarrier);
	}

	@Bean
	public Step carryRepeatedStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ResultCarrier resultCarrier) {
		return carry("carryRepeated", jobRepository, transactionManager, resultCarrier);
	}

	private static Step carry(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ResultCarrier resultCarrier) {
		return new StepBuilder(name, jobRepository).tasklet((contribution, context) -> {
			resultCarrier.carry(context.getStepContext().getStepExecution().getJobExecution().getJobInstanceId());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	public Step remapStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ScanProperties properties, JdbcPagingItemReader<LedgerItem> remapItemReader, ItemRemapper itemRemapper,
			AnalysisWriter analysisWriter) {
		return new StepBuilder("remap", jobRepository).<LedgerItem, ItemAnalysis>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(remapItemReader)
			.processor(itemRemapper)
			.writer(analysisWriter)
			.build();
	}

	/**
	 * Reads the run's pending items that have a source. Not restartable by count, like
	 * the analyse reader: re-mapped items are no longer pending.
	 */
	@Bean
	@StepScope
	public JdbcPagingItemReader<LedgerItem> remapItemReader(DataSource dataSource, ScanProperties properties,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long runId) throws Exception {
		return new JdbcPagingItemReaderBuilder<LedgerItem>().name("remapItemReader")
			.dataSource(dataSource)
			.selectClause("SELECT item_id, rel_path AS relative_path, size_bytes AS size, sha256")
			.fromClause("FROM inventory_item")
			.whereClause("WHERE run_id = :runId AND status = 'pending' AND source_item_id IS NOT NULL")
			.sortKeys(Map.of("item_id", Order.ASCENDING))
			.parameterValues(Map.of("runId", runId))
			.rowMapper(LedgerItem.ROW_MAPPER)
			.pageSize(properties.chunkSize())
			.saveState(false)
			.build();
	}

	@Bean
	@StepScope
	public ItemRemapper itemRemapper(ItemAnalyser itemAnalyser, TextCache textCache, JdbcTemplate jdbcTemplate) {
		return new ItemRemapper(itemAnalyser, textCache, jdbcTemplate);
	}

}
