package com.breachimpact.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.breachimpact.BreachImpactApplication;
import com.breachimpact.scan.ScanParameters;
import com.breachimpact.scan.ScanRequest;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the scan job against the local PostgreSQL server, in a
 * database of the test JVM's own; every test starts from empty tables.
 */
@SpringBootTest(classes = BreachImpactApplication.class)
@NeedsPostgres
@SpringBatchTest
public abstract class PostgresScanTestSupport {

	private static final Path WORK = workFolder();

	@Autowired
	protected JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	protected JobRepositoryTestUtils jobRepositoryTestUtils;

	@Autowired
	protected JdbcTemplate jdbc;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", PostgresTestDatabase::url);
		registry.add("spring.datasource.username", () -> PostgresTestDatabase.USER);
		registry.add("spring.datasource.password", () -> "");
		registry.add("breach-impact.scan.key-file", () -> WORK.resolve("case.key").toString());
		registry.add("breach-impact.incremental.text-cache", () -> WORK.resolve("text-cache").toString());
		registry.add("breach-impact.incremental.locks", () -> WORK.resolve("locks").toString());
		registry.add("breach-impact.scan.chunk-size", () -> "3");
	}

	@BeforeEach
	void emptyTables() {
		this.jobRepositoryTestUtils.removeJobExecutions();
		this.jdbc.execute(
				"TRUNCATE TABLE case_key, attribution_candidate, ambiguous_candidate, review_decision, removed_item, person_record, sensitive_value_set, unknown_identifier, item_attribution, client_finding, "
						+ "inventory_item, scan_run");
	}

	/**
	 * Run the scan job to its end, in this thread. (The execution is wrapped: a method
	 * returning a bare {@code JobExecution} is taken by Spring Batch's test listener for
	 * a factory of its own.)
	 */
	protected Scanned scan(Path inventory, Path registry, Path out) throws Exception {
		return scan(new ScanRequest(inventory, registry, out));
	}

	/** Run the scan job of a request to its end, in this thread. */
	protected Scanned scan(ScanRequest request) throws Exception {
		return new Scanned(this.jobOperatorTestUtils.startJob(ScanParameters.of(request)));
	}

	/**
	 * A finished scan execution.
	 *
	 * @param execution the job execution
	 */
	protected record Scanned(JobExecution execution) {

		public long runId() {
			return this.execution.getJobInstanceId();
		}

	}

	/**
	 * Client findings of a run recorded more than once (the same value of the same kind
	 * for the same client in the same member of the same item): a restart or a retried
	 * partition must never write any.
	 */
	protected long duplicateFindings(long runId) {
		return this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM (SELECT item_id, client_id, evidence_kind, masked_value, location
				FROM client_finding WHERE run_id = ?
				GROUP BY item_id, client_id, evidence_kind, masked_value, location HAVING COUNT(*) > 1) d""",
				Long.class, runId);
	}

	private static Path workFolder() {
		try {
			return Files.createTempDirectory("breach-impact-work");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
