package com.breachimpact.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.breachimpact.support.SlowTest;
import com.breachimpact.support.ReportFolders;
import com.breachimpact.support.TestInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line: help, exit codes, one-line errors, and a whole scan on the embedded
 * default database (no server).
 */
@ExtendWith(OutputCaptureExtension.class)
@SlowTest
class BreachImpactCliTests {

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		CommandLine commandLine = BreachImpactCli.commandLine();
		commandLine.setOut(new PrintWriter(this.out, true));
		commandLine.setErr(new PrintWriter(this.err, true));
		return commandLine.execute(args);
	}

	@Test
	void helpListsCommandsOptionsAndExitCodes() {
		assertThat(run("--help")).isZero();
		assertThat(this.out.toString()).contains("scan", "restart", "Exit codes:", "invalid input");
		assertThat(run("help", "scan")).isZero();
		assertThat(this.out.toString()).contains("--inventory", "--registry", "--out", "--job", "Examples:");
	}

	@Test
	void helpListsServeQuietAndExamples() {
		assertThat(run("--help")).isZero();
		assertThat(this.out.toString()).contains("serve", "Examples:", "breach-impact serve --out reports/sample",
				"resume it with 'restart'");
		assertThat(run("help", "serve")).isZero();
		assertThat(this.out.toString()).contains("--out", "--port", "127.0.0.1", "default: 8080", "Ctrl+C");
		assertThat(run("help", "scan")).isZero();
		assertThat(this.out.toString()).contains("--quiet", "only the reconciliation", "progress bar");
		assertThat(run("help", "restart")).isZero();
		assertThat(this.out.toString()).contains("--quiet");
	}

	@Test
	void serveWithoutReportsIsOneLineInvalidInput() {
		assertThat(run("serve", "--out", this.dir.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(this.err.toString().strip()).isEqualTo("breach-impact: No reports in " + this.dir
				+ ": summary.csv not found (pass the --out folder of a finished scan)");
		assertThat(run("serve")).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(this.err.toString()).contains("Missing required option: '--out=<dir>'");
	}

	@Test
	void serveOnAPortInUseIsOneLineWithTheFix(CapturedOutput output) throws Exception {
		Files.writeString(this.dir.resolve("summary.csv"),
				"client_id,name,severity,severity_rule,affected_files," + "evidence_kinds,estimated_individuals\n");
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			int code = run("serve", "--out", this.dir.toString(), "--port", String.valueOf(taken.getLocalPort()));
			assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
			assertThat(this.err.toString().strip()).isEqualTo("breach-impact: Port " + taken.getLocalPort()
					+ " is already in use on 127.0.0.1: pass another --port, or stop the program using it");
		}
		assertThat(output.getAll()).doesNotContain("APPLICATION FAILED TO START").doesNotContain("\tat ");
	}

	@Test
	void unreachableDatabaseIsOneLineWithTheFix(CapturedOutput output) throws Exception {
		// given: a job definition pointing at a PostgreSQL server that is not there
		Path job = this.dir.resolve("job.yml");
		Files.writeString(job, """
				spring:
				  datasource:
				    url: jdbc:postgresql://127.0.0.1:1/nowhere
				    username: nobody
				    hikari:
				      connection-timeout: 1000
				""");

		// when
		int code = run("scan", "--job", job.toString(), "--inventory", this.dir.toString(), "--registry",
				job.toString(), "--out", this.dir.resolve("out").toString());

		// then
		assertThat(code).isEqualTo(ExitCodes.ERROR);
		String line = this.err.toString().strip();
		assertThat(line).startsWith("breach-impact: Cannot reach the database (")
			.endsWith(
					"): start the database server, or fix BREACH_IMPACT_DB_URL or spring.datasource.url in the job definition")
			.doesNotContain("\n");
		assertThat(output.getAll()).doesNotContain("APPLICATION FAILED TO START")
			.doesNotContain("\tat ")
			.doesNotContain("Exception");
	}

	@Test
	void unknownOptionIsInvalidInput() {
		assertThat(run("scan", "--no-such-option")).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(this.err.toString()).contains("Unknown option");
	}

	@Test
	void missingInventoryIsOneLineErrorBeforeAnyWork() throws Exception {
		Path registry = this.dir.resolve("clients.csv");
		Files.writeString(registry, TestInventory.REGISTRY);
		int code = run("scan", "--inventory", this.dir.resolve("nowhere").toString(), "--registry", registry.toString(),
				"--out", this.dir.resolve("out").toString(), "--work-dir", this.dir.resolve("work").toString());
		assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(this.err.toString().strip()).startsWith("breach-impact: Inventory folder not found:")
			.doesNotContain("\n")
			.doesNotContain("Exception");
		assertThat(this.dir.resolve("out")).doesNotExist();
	}

	@Test
	void missingJobDefinitionIsInvalidInput() {
		assertThat(run("scan", "--job", this.dir.resolve("nope.yml").toString())).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(this.err.toString().strip()).isEqualTo("breach-impact: Job definition not found: "
				+ this.dir.resolve("nope.yml") + " (see the files under jobs/)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "partition.threds", "partitions.threads" })
	void unknownKeyInAJobDefinitionIsInvalidInputNamingIt(String key) throws Exception {
		String[] parts = key.split("\\.");
		Path job = this.dir.resolve("job.yml");
		Files.writeString(job, "breach-impact:\n  " + parts[0] + ":\n    " + parts[1] + ": 0\n");
		int code = run("scan", "--job", job.toString(), "--work-dir", this.dir.resolve("work").toString());
		assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(this.err.toString().strip()).startsWith("breach-impact: Unknown key")
			.contains("breach-impact." + key)
			.doesNotContain("\n");
	}

	@Test
	void badValueInAJobDefinitionIsInvalidInputNamingKeyAndValue() throws Exception {
		Path job = this.dir.resolve("job.yml");
		Files.writeString(job, "breach-impact:\n  partition:\n    threads: lots\n");
		int code = run("scan", "--job", job.toString(), "--work-dir", this.dir.resolve("work").toString());
		assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(this.err.toString().strip()).startsWith("breach-impact: Invalid value of breach-impact.partition")
			.contains("breach-impact.partition.threads", "lots")
			.doesNotContain("\n");
	}

	@Test
	void jobDefinitionKeysAreCheckedAgainstTheGeneratedMetadata() {
		assertThat(JobDefinitionKeys.groups()).contains("breach-impact.partition", "breach-impact.extraction",
				"breach-impact.scan", "breach-impact.severity");
	}

	@Test
	void scanOnTheEmbeddedDefaultDatabasePrintsReconciliationAndReports() throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);
		Path work = this.dir.resolve("work");
		Path reports = this.dir.resolve("reports");

		// when
		int code = run("scan", "--inventory", inventory.toString(), "--registry",
				this.dir.resolve("clients.csv").toString(), "--out", reports.toString(), "--work-dir", work.toString());

		// then
		assertThat(code).as(this.err.toString()).isEqualTo(ExitCodes.OK);
		assertThat(this.out.toString()).contains("Reconciliation: files in 19 = analysed 17 + failed 2")
			.contains("Reports: " + reports.toAbsolutePath());
		assertThat(work.resolve("db")).isDirectoryContaining("glob:**.mv.db");
		assertThat(work.resolve("case.key")).exists();
		assertThat(ReportFolders.column(reports.resolve("summary.csv"), "client_id")).contains("PRAIRIE", "HARBOR");
		assertThat(reports.resolve("summary.html")).exists();
		assertThat(reports.resolve("clients/HARBOR/report.pdf")).exists();
		String caseName = "inventory:" + inventory.toAbsolutePath();
		assertThat(this.out.toString()).contains("Run 1 of case " + caseName + " (execution 1): COMPLETED");

		// the case, listed and used without typing it: it is the work folder's only one
		this.out.getBuffer().setLength(0);
		assertThat(run("cases", "--work-dir", work.toString())).as(this.err.toString()).isEqualTo(ExitCodes.OK);
		assertThat(this.out.toString().lines().toList()).hasSize(3).first().isEqualTo("Case " + caseName);
		assertThat(this.out.toString().lines().toList().get(1))
			.matches("  run 1  started \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ  completed .*  inventory \\Q"
					+ inventory.toAbsolutePath() + "\\E");
		assertThat(this.out.toString().lines().toList().get(2)).startsWith("    files in 19 = analysed 17 + failed 2");
		Path queue = this.dir.resolve("queue.csv");
		assertThat(run("review", "export", "--out", queue.toString(), "--work-dir", work.toString()))
			.as(this.err.toString())
			.isEqualTo(ExitCodes.OK);
		assertThat(this.out.toString()).contains("Review queue of case '" + caseName + "', run 1");
		assertThat(run("report", "--out", this.dir.resolve("early").toString(), "--work-dir", work.toString()))
			.as(this.err.toString())
			.isEqualTo(ExitCodes.OK);
		assertThat(this.dir.resolve("early/summary.csv")).exists();
	}

	@Test
	void quietScanPrintsOnlyTheReconciliationLine(CapturedOutput output) throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);

		// when
		int code = run("scan", "--quiet", "--inventory", inventory.toString(), "--registry",
				this.dir.resolve("clients.csv").toString(), "--out", this.dir.resolve("reports").toString(),
				"--work-dir", this.dir.resolve("work").toString());

		// then
		assertThat(code).as(this.err.toString()).isEqualTo(ExitCodes.OK);
		assertThat(this.out.toString()).isEqualTo("Reconciliation: files in 19 = analysed 17 + failed 2 "
				+ this.out.toString().substring(this.out.toString().indexOf('(')));
		assertThat(this.out.toString().lines()).hasSize(1);
		assertThat(this.err.toString()).isEmpty();
		assertThat(output.getAll()).doesNotContain(" INFO ").doesNotContain("Analysing");
	}

}
