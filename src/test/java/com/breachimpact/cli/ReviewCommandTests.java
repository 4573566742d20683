package com.breachimpact.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.breachimpact.support.SlowTest;
import com.breachimpact.support.ReportFolders;
import com.breachimpact.support.TestInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code breach-impact review export} and {@code import} on the embedded default
 * database: the queue file, an import all or nothing, exit codes.
 */
@SlowTest
class ReviewCommandTests {

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
	void helpListsTheReviewCommands() {
		assertThat(run("review", "--help")).isZero();
		assertThat(this.out.toString()).contains("export", "import");
		assertThat(run("review", "import", "--help")).isZero();
		assertThat(this.out.toString()).contains("--who", "--case");
		assertThat(run("review")).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(this.err.toString()).contains("Missing sub-command: export or import");
	}

	@Test
	void exportEditAndImportOnTheEmbeddedDatabase() throws Exception {
		// given: a scanned case
		Path inventory = TestInventory.write(this.dir);
		String work = this.dir.resolve("work").toString();
		assertThat(run("scan", "--case", "cli-case", "--inventory", inventory.toString(), "--registry",
				this.dir.resolve("clients.csv").toString(), "--out", this.dir.resolve("reports").toString(),
				"--work-dir", work))
			.as(this.err.toString())
			.isEqualTo(ExitCodes.OK);

		// an unknown case is invalid input
		assertThat(run("review", "export", "--case", "nope", "--out", this.dir.resolve("q.csv").toString(),
				"--work-dir", work))
			.isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(this.err.toString().strip())
			.isEqualTo("breach-impact: Case 'nope' has no completed run (scan it first with --case)");
		this.err.getBuffer().setLength(0);

		// when: the queue is exported
		Path queue = this.dir.resolve("queue.csv");
		assertThat(run("review", "export", "--case", "cli-case", "--out", queue.toString(), "--work-dir", work))
			.as(this.err.toString())
			.isEqualTo(ExitCodes.OK);

		// then
		assertThat(this.out.toString()).contains("Review queue of case 'cli-case'");
		List<String> paths = ReportFolders.column(queue, "path");
		assertThat(paths).contains("archive/batch-0.txt");
		int row = paths.indexOf("archive/batch-0.txt");
		String sha256 = ReportFolders.column(queue, "sha256").get(row);

		// when: a file with one bad row is imported
		Path bad = this.dir.resolve("bad.csv");
		Files.writeString(bad, "case,sha256,client_id,decision,reason\ncli-case," + sha256
				+ ",PRAIRIE,confirmed,\ncli-case," + sha256 + ",PRAIRIE,rejected,\n");
		assertThat(run("review", "import", bad.toString(), "--who", "alice", "--work-dir", work))
			.isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(this.err.toString()).contains("nothing imported").contains("line 3: a rejection needs a reason");

		// and a good one
		Path good = this.dir.resolve("good.csv");
		Files.writeString(good, "case,sha256,client_id,decision,reason,note\ncli-case," + sha256
				+ ",PRAIRIE,rejected,test batch,\ncli-case,,PRAIRIE,,,check with legal\n");
		assertThat(run("review", "import", good.toString(), "--who", "alice", "--work-dir", work))
			.as(this.err.toString())
			.isEqualTo(ExitCodes.OK);
		assertThat(this.out.toString()).contains("Imported 2 decisions by alice (rejected 1, note 1)");
	}

}
