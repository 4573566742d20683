package com.breachimpact.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.PostgresTestDatabase;
import com.breachimpact.support.ReportFolders;
import com.breachimpact.support.TestInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code breach-impact report} writes the reports of a run that is not finished: what is
 * analysed so far, with the items still pending listed as such and counted as
 * unaccounted.
 */
class ReportCommandFunctionalTests extends PostgresScanTestSupport {

	@TempDir
	Path dir;

	@Test
	void reportsOfARunHalfWayListItsPendingItemsAndCountThemUnaccounted() throws Exception {
		// given: a run whose last five items are back to pending, as in the middle of its
		// analyse step
		Path inventory = TestInventory.write(this.dir);
		Scanned scanned = scan(inventory, this.dir.resolve("clients.csv"), this.dir.resolve("final"));
		List<Long> lastItems = this.jdbc.queryForList(
				"SELECT item_id FROM inventory_item WHERE run_id = ? AND entry_type <> 'member' ORDER BY item_id DESC LIMIT 5",
				Long.class, scanned.runId());
		for (Long item : lastItems) {
			for (String table : List.of("person_record", "sensitive_value_set", "unknown_identifier",
					"item_attribution", "client_finding")) {
				this.jdbc.update("DELETE FROM " + table + " WHERE item_id = ?", item);
			}
			this.jdbc.update("UPDATE inventory_item SET status = 'pending', reason = NULL, detail = NULL, "
					+ "media_type = NULL, text_chars = NULL, parts = NULL WHERE item_id = ?", item);
		}
		Path job = this.dir.resolve("job.yml");
		Files.writeString(job, """
				spring:
				  datasource:
				    url: %s
				    username: postgres
				    password: ""
				""".formatted(PostgresTestDatabase.url()), StandardCharsets.UTF_8);
		Path early = this.dir.resolve("early");

		// when
		StringWriter output = new StringWriter();
		CommandLine commandLine = BreachImpactCli.commandLine();
		commandLine.setOut(new PrintWriter(output));
		int exitCode = commandLine.execute("report", "--job", job.toString(), "--work-dir",
				this.dir.resolve("work").toString(), "--run", Long.toString(scanned.runId()), "--out",
				early.toString());

		// then
		assertThat(exitCode).isEqualTo(ExitCodes.OK);
		assertThat(output.toString()).contains("UNACCOUNTED 5").contains("5 items not analysed yet");
		assertThat(ReportFolders.column(early.resolve("ledger.csv"), "status")).as("19 files and a zip member")
			.hasSize(20)
			.filteredOn("pending"::equals)
			.hasSize(5);
		assertThat(early.resolve("reconciliation.txt")).content().contains("; UNACCOUNTED 5");
		assertThat(early.resolve("summary.csv")).exists();
	}

	@Test
	void anUnknownRunIsInvalidInput() throws Exception {
		// given
		Path job = this.dir.resolve("job.yml");
		Files.writeString(job, """
				spring:
				  datasource:
				    url: %s
				    username: postgres
				    password: ""
				""".formatted(PostgresTestDatabase.url()), StandardCharsets.UTF_8);

		// when
		StringWriter errors = new StringWriter();
		CommandLine commandLine = BreachImpactCli.commandLine();
		commandLine.setErr(new PrintWriter(errors));
		int exitCode = commandLine.execute("report", "--job", job.toString(), "--work-dir",
				this.dir.resolve("work").toString(), "--run", "987654", "--out", this.dir.resolve("r").toString());

		// then
		assertThat(exitCode).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(errors.toString()).contains("No run 987654 in the database");
	}

}
