package com.breachimpact.scan;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scan job: ingest the inventory into the ledger, analyse every item, write
 * the reports. Restartable: a failed run resumes where it stopped.
 */
@Configuration(proxyBeanMethods = false)
public class ScanJobConfiguration {

	/** The job's name in the job repository. */
	public static final String JOB_NAME = "scan";

	@Bean
	public Job scanJob(JobRepository jobRepository, Step ingestStep, Step analyseStep, Step reportStep,
			ScanRunRecorder scanRunRecorder) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(scanRunRecorder)
			.start(ingestStep)
			.next(analyseStep)
			.next(reportStep)
			.build();
	}

	@Bean
	public ScanRunRecorder scanRunRecorder(JdbcTemplate jdbcTemplate) {
		return new ScanRunRecorder(jdbcTemplate);
	}

}
