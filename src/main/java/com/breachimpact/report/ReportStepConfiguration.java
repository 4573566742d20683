package com.breachimpact.report;

import java.nio.file.Path;

import com.breachimpact.classification.SeverityProperties;
import com.breachimpact.indicators.IndicatorsProperties;
import com.breachimpact.institution.ClientRegistry;
import com.breachimpact.review.ReviewProperties;
import com.breachimpact.scan.RegistryCatalog;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The report step: write the run's CSV reports from the database.
 */
@Configuration(proxyBeanMethods = false)
public class ReportStepConfiguration {

	@Bean
	public Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet reportTasklet) {
		return new StepBuilder("report", jobRepository).tasklet(reportTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	public Tasklet reportTasklet(JdbcTemplate jdbcTemplate, RegistryCatalog registryCatalog,
			SeverityProperties severityProperties, ReviewProperties reviewProperties,
			IndicatorsProperties indicatorsProperties, @Value("#{jobParameters['registry']}") String registry,
			@Value("#{jobParameters['out']}") String out, @Value("#{jobParameters['since']}") Long since,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long runId) {
		ClientRegistry clientRegistry = registryCatalog.get(Path.of(registry)).registry();
		ImpactReportWriter writer = new ImpactReportWriter(jdbcTemplate, clientRegistry, severityProperties.policy(),
				reviewProperties.notifyReviewedOnly(), since, indicatorsProperties);
		return (contribution, chunkContext) -> {
			writer.write(runId, Path.of(out));
			return RepeatStatus.FINISHED;
		};
	}

}
