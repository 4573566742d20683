package com.breachimpact.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.breachimpact.support.SlowTest;
import com.breachimpact.support.TestInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a scan on the embedded database leaves on disk is its owner's only (work folder,
 * database folder and files, key, reports); a case whose key was replaced refuses to run
 * with how to recover; a reports or work folder inside the inventory is refused with exit
 * code 2 before anything is written.
 */
@SlowTest
class CaseFolderSecurityTests {

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

	private int scan(Path inventory, Path reports, Path work) {
		return run("scan", "--inventory", inventory.toString(), "--registry",
				this.dir.resolve("clients.csv").toString(), "--out", reports.toString(), "--work-dir", work.toString(),
				"--case", "security");
	}

	@Test
	void everythingAScanCreatesIsReadableByItsOwnerOnly() throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);
		Path work = this.dir.resolve("work");
		Path reports = this.dir.resolve("reports");

		// when
		int code = scan(inventory, reports, work);

		// then
		assertThat(code).as(this.err.toString()).isEqualTo(ExitCodes.OK);
		assertThat(work.resolve("db")).isDirectoryContaining("glob:**.mv.db");
		assertThat(readableByOthers(work)).isEmpty();
		assertThat(work.resolve("db/breach-impact.trace.db")).as("the embedded database's trace is off").doesNotExist();
		assertThat(readableByOthers(reports)).isEmpty();
	}

	@Test
	void aReplacedCaseKeyRefusesToRunWithHowToRecover() throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);
		Path work = this.dir.resolve("work");
		Path reports = this.dir.resolve("reports");
		assertThat(scan(inventory, reports, work)).as(this.err.toString()).isEqualTo(ExitCodes.OK);
		byte[] original = Files.readAllBytes(work.resolve("case.key"));
		Files.delete(work.resolve("case.key"));
		long summaryTime = Files.getLastModifiedTime(reports.resolve("summary.csv")).toMillis();

		// when
		int code = scan(inventory, reports, work);

		// then
		assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(this.err.toString()).contains("is not the key case 'security' was scanned with")
			.contains("Restore the case's original key file");
		assertThat(Files.getLastModifiedTime(reports.resolve("summary.csv")).toMillis()).isEqualTo(summaryTime);

		// when the key is restored
		Files.write(work.resolve("case.key"), original);

		// then
		assertThat(scan(inventory, reports, work)).as(this.err.toString()).isEqualTo(ExitCodes.OK);
	}

	@Test
	void aReportsOrWorkFolderInsideTheInventoryIsExitCodeTwoAndWritesNothing() throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);

		// when
		int outInside = scan(inventory, inventory.resolve("reports"), this.dir.resolve("work"));
		int workInside = scan(inventory, this.dir.resolve("reports"), inventory.resolve(".breach-impact"));

		// then
		assertThat(outInside).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(workInside).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(this.err.toString()).contains("is inside the inventory");
		assertThat(inventory.resolve("reports")).doesNotExist();
		assertThat(this.dir.resolve("reports")).doesNotExist();
	}

	private static List<String> readableByOthers(Path root) throws IOException {
		List<String> open = new ArrayList<>();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (Files.isSymbolicLink(path)) {
					continue;
				}
				for (PosixFilePermission permission : Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS)) {
					if (permission.name().startsWith("GROUP") || permission.name().startsWith("OTHERS")) {
						open.add(root.relativize(path) + " " + permission);
					}
				}
			}
		}
		return open;
	}

}
