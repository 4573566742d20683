package com.breachimpact.incremental;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.breachimpact.scan.ScanOutcome;
import com.breachimpact.scan.ScanRequest;
import com.breachimpact.scan.ScanRunner;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.PostgresTestDatabase;
import com.breachimpact.support.ReportFolders;
import com.breachimpact.support.TestInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of a real scan process during its analyse step, then {@code restart}:
 * the run resumes from its last committed chunk and ends with the reports of an
 * uninterrupted run, no finding duplicated or lost.
 */
class KilledScanRestartFunctionalTests extends PostgresScanTestSupport {

	private static final int EXTRA_FILES = 300;

	@TempDir
	Path dir;

	@Autowired
	ScanRunner scanRunner;

	/**
	 * The case key: the killed process and the restart must hash values under the same
	 * key.
	 */
	@Value("${breach-impact.scan.key-file}")
	String keyFile;

	@Test
	void scanKilledMidAnalysisResumesToTheReportsOfAnUninterruptedRun() throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);
		for (int i = 0; i < EXTRA_FILES; i++) {
			Path file = inventory.resolve("bulk/part-" + (i / 50) + "/payment-" + i + ".txt");
			Files.createDirectories(file.getParent());
			Files.writeString(file, "payment " + i + " via routing " + ((i % 2 == 0) ? "021000021" : "011000015")
					+ ", account 55" + (1000000 + i) + "\n", StandardCharsets.UTF_8);
		}
		Path registry = this.dir.resolve("clients.csv");
		Path job = this.dir.resolve("killed.yml");
		Files.writeString(job, """
				breach-impact:
				  scan:
				    case-name: killed
				    inventory: %s
				    registry: %s
				    out: %s
				    chunk-size: 1
				    key-file: %s
				  extraction:
				    isolation: in-process
				  incremental:
				    text-cache: %s
				""".formatted(inventory, registry, this.dir.resolve("restarted"), this.keyFile,
				this.dir.resolve("cache")));
		int total = 19 + EXTRA_FILES;

		// when
		ProcessBuilder child = new ProcessBuilder(javaBin(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				"com.breachimpact.cli.BreachImpactCli", "scan", "--job", job.toString(), "--work-dir",
				this.dir.resolve("work").toString())
			.redirectErrorStream(true)
			.redirectOutput(this.dir.resolve("scan.log").toFile());
		child.environment().put("BREACH_IMPACT_DB_URL", PostgresTestDatabase.url());
		child.environment().put("BREACH_IMPACT_DB_USER", PostgresTestDatabase.USER);
		Process scan = child.start();
		long analysedWhenKilled = waitForAnalysed(scan, 40, Duration.ofSeconds(120));
		scan.destroyForcibly().waitFor();
		long analysedAfterKill = countAnalysed();
		ScanOutcome restarted = this.scanRunner.restart(null);
		ScanOutcome reference = this.scanRunner
			.scan(new ScanRequest(inventory, registry, this.dir.resolve("reference"), "reference"));

		// then
		assertThat(analysedWhenKilled).as("killed half-way").isBetween(40L, total - 1L);
		assertThat(analysedAfterKill).isLessThan(total);
		assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.reconciliation().isComplete()).isTrue();
		assertThat(restarted.reconciliation().total()).isEqualTo(total);
		assertThat(ReportFolders.contentsOfAnyRun(this.dir.resolve("restarted"), "reconciliation.txt"))
			.isEqualTo(ReportFolders.contentsOfAnyRun(this.dir.resolve("reference"), "reconciliation.txt"));
		assertThat(countRows("client_finding", restarted.runId()))
			.isEqualTo(countRows("client_finding", reference.runId()));
		assertThat(countRows("sensitive_value_set", restarted.runId()))
			.isEqualTo(countRows("sensitive_value_set", reference.runId()));
		assertThat(distinctSensitiveValues(restarted.runId())).isEqualTo(distinctSensitiveValues(reference.runId()));
		assertThat(duplicateFindings(restarted.runId())).isZero();
	}

	private long waitForAnalysed(Process scan, long atLeast, Duration timeout) throws Exception {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!scan.isAlive()) {
				throw new AssertionError("The scan process ended before it could be killed: "
						+ Files.readString(this.dir.resolve("scan.log")));
			}
			long analysed = countAnalysed();
			if (analysed >= atLeast) {
				return analysed;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("The scan process analysed fewer than " + atLeast + " items in " + timeout);
	}

	private long countAnalysed() {
		List<Long> counts = this.jdbc.queryForList("""
				SELECT COUNT(*) FROM inventory_item i JOIN scan_run r ON r.run_id = i.run_id
				WHERE r.case_name = 'killed' AND i.entry_type <> 'member' AND i.status <> 'pending'""", Long.class);
		return counts.isEmpty() ? 0 : counts.get(0);
	}

	private long countRows(String table, long runId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE run_id = ?", Long.class, runId);
	}

	/**
	 * The distinct sensitive values of a run's leaves, summed over leaves and categories.
	 */
	private long distinctSensitiveValues(long runId) {
		return this.jdbc.queryForObject(
				"SELECT COALESCE(SUM(distinct_values), 0) FROM sensitive_value_set WHERE run_id = ?", Long.class,
				runId);
	}

	private static String javaBin() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
