package com.breachimpact.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.breachimpact.BreachImpactApplication;
import com.breachimpact.scan.ScanOutcome;
import com.breachimpact.scan.ScanRequest;
import com.breachimpact.scan.ScanRunner;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs scans for benchmarks in a Spring context of their own on a benchmark
 * database, and reads the duration of each step from the job repository.
 */
final class BenchScans {

	private BenchScans() {
	}

	/**
	 * Start the application on a database with extra properties.
	 */
	static ConfigurableApplicationContext start(BenchDatabase database, Path workDir, Map<String, Object> properties) {
		Map<String, Object> all = new HashMap<>();
		all.put("spring.datasource.url", database.url());
		all.put("spring.datasource.username", "postgres");
		all.put("spring.datasource.password", "");
		all.put("breach-impact.work-dir", workDir.toString());
		all.put("breach-impact.scan.chunk-size", "50");
		all.put("logging.level.com.breachimpact", "WARN");
		all.putAll(properties);
		// as command-line arguments: they override application.yml (default properties would not)
		String[] args = all.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(BreachImpactApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(args);
	}

	/**
	 * Scan an inventory and time its steps.
	 */
	static Timing scan(ConfigurableApplicationContext context, Path inventory, Path out) throws Exception {
		return scan(context, inventory, out, null);
	}

	/**
	 * Scan an inventory, time its steps and take the CPU time the scan used: this JVM,
	 * its parser processes and the backends of the benchmark's database.
	 */
	static Timing scan(ConfigurableApplicationContext context, Path inventory, Path out, BenchDatabase database)
			throws Exception {
		Files.createDirectories(out);
		String databaseName = (database != null) ? database.name() : null;
		ProcessTable.Cpu cpuBefore = ProcessTable.cpu(databaseName);
		ScanOutcome outcome = context.getBean(ScanRunner.class)
			.scan(new ScanRequest(inventory, BenchInventory.REGISTRY, out));
		ProcessTable.Cpu cpu = ProcessTable.cpu(databaseName).minus(cpuBefore);
		if (outcome.failure() != null) {
			throw new IllegalStateException("Benchmark scan failed: " + outcome.failure());
		}
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		Map<String, Duration> steps = new LinkedHashMap<>();
		jdbc.query("""
				SELECT step_name, EXTRACT(EPOCH FROM (end_time - start_time)) * 1000 AS millis
				FROM batch_step_execution WHERE job_execution_id = ? AND step_name NOT LIKE '%:%'
				ORDER BY step_execution_id""",
				(row) -> {
					steps.put(row.getString("step_name"), Duration.ofMillis(Math.round(row.getDouble("millis"))));
				}, outcome.executionId());
		Long partitions = jdbc.queryForObject(
				"SELECT COUNT(*) FROM batch_step_execution WHERE job_execution_id = ? AND step_name LIKE '%:%'",
				Long.class, outcome.executionId());
		return new Timing(outcome.duration(), steps, outcome.reconciliation().total(), outcome.bytes(),
				(partitions != null) ? partitions : 0, outcome.reconciliation().line(), cpu);
	}

	/**
	 * The times of a scan.
	 *
	 * @param total the whole job
	 * @param steps per step: ingest, analyse, report
	 * @param files items in the ledger
	 * @param analysedBytes bytes of the analysed items
	 * @param partitions partitions of the analyse step
	 * @param reconciliation the reconciliation line
	 * @param cpu CPU seconds of the whole job: this JVM (its idle threads included), its
	 * parser processes and, when the database was given, its PostgreSQL backends
	 */
	record Timing(Duration total, Map<String, Duration> steps, long files, long analysedBytes, long partitions,
			String reconciliation, ProcessTable.Cpu cpu) {

		double cpuSeconds() {
			return this.cpu.total();
		}

		double seconds(String step) {
			return this.steps.get(step).toMillis() / 1000.0;
		}

	}

}
