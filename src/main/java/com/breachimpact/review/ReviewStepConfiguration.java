package com.breachimpact.review;

import com.breachimpact.classification.SeverityProperties;
import com.breachimpact.scan.AttributionProperties;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code review} step of the scan job (after {@code remap}, before {@code report}):
 * applies the case's review decisions to the run; and the beans the {@code review}
 * commands use.
 */
@Configuration(proxyBeanMethods = false)
public class ReviewStepConfiguration {

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

	@Bean
	public Step reviewStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReviewApplier reviewApplier) {
		return new StepBuilder("review", jobRepository).tasklet((contribution, context) -> {
			reviewApplier.apply(context.getStepContext().getStepExecution().getJobExecution().getJobInstanceId());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

}
