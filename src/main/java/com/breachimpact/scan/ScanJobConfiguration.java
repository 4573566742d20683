package com.breachimpact.scan;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scan job: ingest the inventory into the ledger, reuse what earlier runs of the case
 * analysed ({@code link}, {@code carry}), analyse every new content, reuse it for content
 * repeated in the run ({@code carryRepeated}), re-map moved or re-registered content from
 * cached text ({@code remap}), apply the investigators' review decisions
 * ({@code review}), write the reports. Restartable: a failed run resumes where it
 * stopped.
 */
@Configuration(proxyBeanMethods = false)
public class ScanJobConfiguration {

	/** The job's name in the job repository. */
	public static final String JOB_NAME = "scan";

	@Bean
	public Job scanJob(JobRepository jobRepository, Step ingestStep, Step linkStep, Step carryStep, Step analyseStep,
			Step carryRepeatedStep, Step remapStep, Step reviewStep, Step reportStep, ScanRunRecorder scanRunRecorder) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(scanRunRecorder)
			.start(ingestStep)
			.next(linkStep)
			.next(carryStep)
			.next(analyseStep)
			.next(carryRepeatedStep)
			.next(remapStep)
			.next(reviewStep)
			.next(reportStep)
			.build();
	}

	@Bean
	public ScanRunRecorder scanRunRecorder(JdbcTemplate jdbcTemplate) {
		return new ScanRunRecorder(jdbcTemplate);
	}

}
