package com.breachimpact.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.breachimpact.support.ReportFolders;
import com.breachimpact.support.TestInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line: help, exit codes, one-line errors, and a whole scan on the
 * embedded default database (no server).
 */
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
	void unknownOptionIsInvalidInput() {
		assertThat(run("scan", "--no-such-option")).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(this.err.toString()).contains("Unknown option");
	}

	@Test
	void missingInventoryIsOneLineErrorBeforeAnyWork() throws Exception {
		Path registry = this.dir.resolve("clients.csv");
		Files.writeString(registry, TestInventory.REGISTRY);
		int code = run("scan", "--inventory", this.dir.resolve("nowhere").toString(), "--registry",
				registry.toString(), "--out", this.dir.resolve("out").toString(), "--work-dir",
				this.dir.resolve("work").toString());
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

	@Test
	void scanOnTheEmbeddedDefaultDatabasePrintsReconciliationAndReports() throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);
		Path work = this.dir.resolve("work");
		Path reports = this.dir.resolve("reports");

		// when
		int code = run("scan", "--inventory", inventory.toString(), "--registry",
				this.dir.resolve("clients.csv").toString(), "--out", reports.toString(), "--work-dir",
				work.toString());

		// then
		assertThat(code).as(this.err.toString()).isEqualTo(ExitCodes.OK);
		assertThat(this.out.toString()).contains("Reconciliation: files in 19 = analysed 17 + failed 2")
			.contains("Reports: " + reports.toAbsolutePath());
		assertThat(work.resolve("db")).isDirectoryContaining("glob:**.mv.db");
		assertThat(work.resolve("case.key")).exists();
		assertThat(ReportFolders.column(reports.resolve("summary.csv"), "client_id")).contains("PRAIRIE", "HARBOR");
	}

}
