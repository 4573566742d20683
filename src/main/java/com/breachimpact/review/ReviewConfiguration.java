package com.breachimpact.review;

import com.breachimpact.analysis.JdbcAttributionCandidateRepository;
import com.breachimpact.analysis.JdbcClientFindingRepository;
import com.breachimpact.analysis.JdbcItemAttributionRepository;
import com.breachimpact.classification.SeverityProperties;
import com.breachimpact.institution.AttributionProperties;
import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.inventory.JdbcScanRunRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The review's beans: the applier of the scan job's {@code review} step, the queue and
 * importer the {@code review} commands use, and the summaries the reports show.
 */
@Configuration(proxyBeanMethods = false)
public class ReviewConfiguration {

	@Bean
	public ReviewApplier reviewApplier(JdbcItemAttributionRepository attributions, JdbcClientFindingRepository findings,
			JdbcInventoryItemRepository items, JdbcReviewDecisionRepository decisions, JdbcScanRunRepository runs) {
		return new ReviewApplier(attributions, findings, items, decisions, runs);
	}

	@Bean
	public ReviewQueue reviewQueue(JdbcTemplate jdbcTemplate, JdbcItemAttributionRepository attributions,
			JdbcAttributionCandidateRepository candidates, JdbcClientFindingRepository findings,
			JdbcInventoryItemRepository items, JdbcScanRunRepository runs, SeverityProperties severityProperties,
			AttributionProperties attributionProperties, ReviewProperties reviewProperties) {
		return new ReviewQueue(jdbcTemplate, attributions, candidates, findings, items, runs,
				severityProperties.policy(), attributionProperties.threshold(), reviewProperties.lowScoreMargin());
	}

	@Bean
	public ReviewImporter reviewImporter(JdbcReviewDecisionRepository decisions, ReviewApplier reviewApplier,
			JdbcInventoryItemRepository items, JdbcClientFindingRepository findings, JdbcScanRunRepository runs,
			PlatformTransactionManager transactionManager) {
		return new ReviewImporter(decisions, reviewApplier, items, findings, runs, transactionManager);
	}

	@Bean
	public ReviewSummaries reviewSummaries(JdbcItemAttributionRepository attributions,
			JdbcReviewDecisionRepository decisions, JdbcScanRunRepository runs) {
		return new ReviewSummaries(attributions, decisions, runs);
	}

}
