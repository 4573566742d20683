package com.breachimpact.review;

import com.breachimpact.classification.SeverityProperties;
import com.breachimpact.institution.AttributionProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The review's beans: the applier of the scan job's {@code review} step, and the queue
 * and importer the {@code review} commands use.
 */
@Configuration(proxyBeanMethods = false)
public class ReviewConfiguration {

	@Bean
	public ReviewApplier reviewApplier(JdbcTemplate jdbcTemplate) {
		return new ReviewApplier(jdbcTemplate);
	}

	@Bean
	public ReviewQueue reviewQueue(JdbcTemplate jdbcTemplate, SeverityProperties severityProperties,
			AttributionProperties attributionProperties, ReviewProperties reviewProperties) {
		return new ReviewQueue(jdbcTemplate, severityProperties.policy(), attributionProperties.threshold(),
				reviewProperties.lowScoreMargin());
	}

	@Bean
	public ReviewImporter reviewImporter(JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager) {
		return new ReviewImporter(jdbcTemplate, transactionManager);
	}

}
