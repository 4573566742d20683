package com.breachimpact.scan;

import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import com.breachimpact.classification.SensitiveDataClassifier;
import com.breachimpact.extraction.ContentExtractor;
import com.breachimpact.extraction.ContentExtractors;
import com.breachimpact.extraction.ExtractionProperties;
import com.breachimpact.incremental.TextCache;
import com.breachimpact.institution.AttributionPolicy;
import com.breachimpact.institution.InstitutionMatcher;
import com.breachimpact.protection.KeyedHasher;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The parts of the analyse step: for every pending ledger item, extract its content, find
 * client evidence and record the outcome. Chunk-oriented; each chunk's findings and
 * status updates commit together. The steps themselves (a partitioned step over ranges of
 * items) are in {@code com.breachimpact.partition}.
 */
@Configuration(proxyBeanMethods = false)
public class AnalyseStepConfiguration {

	/**
	 * Reads the pending items of one partition of the run (the item ids {@code minId} to
	 * {@code maxId} of the partition's execution context), in id order, except those that
	 * reuse an earlier analysis of their content. Its state is deliberately not saved:
	 * the items a failed execution committed are no longer pending, so a restart reads
	 * exactly the items still to analyse.
	 */
	@Bean
	@StepScope
	public JdbcPagingItemReader<LedgerItem> pendingItemReader(DataSource dataSource, ScanProperties properties,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long runId,
			@Value("#{stepExecutionContext['minId']}") long minId,
			@Value("#{stepExecutionContext['maxId']}") long maxId) throws Exception {
		return new JdbcPagingItemReaderBuilder<LedgerItem>().name("pendingItemReader")
			.dataSource(dataSource)
			.selectClause("SELECT item_id, rel_path AS relative_path, size_bytes AS size, sha256")
			.fromClause("FROM inventory_item")
			.whereClause("WHERE run_id = :runId AND status = 'pending' AND source_item_id IS NULL"
					+ " AND item_id BETWEEN :minId AND :maxId")
			.sortKeys(Map.of("item_id", Order.ASCENDING))
			.parameterValues(Map.of("runId", runId, "minId", minId, "maxId", maxId))
			.rowMapper(new DataClassRowMapper<>(LedgerItem.class))
			.pageSize(properties.chunkSize())
			.saveState(false)
			.build();
	}

	@Bean
	@StepScope
	public ItemAnalyser itemAnalyser(@Value("#{jobParameters['inventory']}") String inventory,
			@Value("#{jobParameters['registry']}") String registry, ContentExtractor extractor,
			RegistryCatalog registryCatalog, AttributionPolicy attributionPolicy, KeyedHasher keyedHasher,
			SensitiveDataClassifier sensitiveDataClassifier, TextCache textCache) {
		InstitutionMatcher matcher = registryCatalog.get(Path.of(registry)).matcher();
		return new ItemAnalyser(Path.of(inventory), extractor, matcher, attributionPolicy, keyedHasher,
				sensitiveDataClassifier, textCache);
	}

	@Bean
	@StepScope
	public AnalysisWriter analysisWriter(JdbcTemplate jdbcTemplate,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long runId) {
		return new AnalysisWriter(jdbcTemplate, runId);
	}

	@Bean
	public RegistryCatalog registryCatalog() {
		return new RegistryCatalog();
	}

	@Bean
	public AttributionPolicy attributionPolicy(AttributionProperties properties) {
		return AttributionPolicy.of(properties.threshold(), properties.weights());
	}

	@Bean
	public KeyedHasher keyedHasher(ScanProperties properties) {
		return KeyedHasher.fromKeyFile(properties.keyFile());
	}

	@Bean
	public SensitiveDataClassifier sensitiveDataClassifier(KeyedHasher keyedHasher) {
		return new SensitiveDataClassifier(keyedHasher);
	}

	@Bean
	public ContentExtractor contentExtractor(ExtractionProperties properties) {
		return ContentExtractors.create(properties);
	}

}
