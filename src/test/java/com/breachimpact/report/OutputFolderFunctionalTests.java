package com.breachimpact.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.breachimpact.inventory.FileDigester;
import com.breachimpact.scan.InvalidScanException;
import com.breachimpact.scan.ScanRequest;
import com.breachimpact.scan.ScanRunner;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.ReportFolders;
import com.breachimpact.support.TestInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The reports folder never costs a byte of evidence: a folder inside the inventory (or
 * holding it), a folder that is a file, a non-empty folder the tool did not write and a
 * manifest leaving the inventory are refused before anything runs; a rerun removes only
 * the files the tool wrote; nothing is written through a link; a manifest path through a
 * linked folder is recorded as a link, not read.
 */
class OutputFolderFunctionalTests extends PostgresScanTestSupport {

	@TempDir
	Path dir;

	@Autowired
	ScanRunner runner;

	@Test
	void reportsFolderInsideTheInventoryOrHoldingItIsRefusedBeforeAnythingRuns() throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);
		Files.writeString(inventory.resolve("clients/harbor/report.pdf"), "evidence named like a report");
		Files.writeString(inventory.resolve("clients/harbor/files.csv"), "evidence named like a report");
		Map<String, String> before = tree(inventory);
		Path registry = this.dir.resolve("clients.csv");

		// when / then
		for (Path out : new Path[] { inventory, inventory.resolve("clients"), inventory.resolve("new/reports"),
				this.dir }) {
			assertThatExceptionOfType(InvalidScanException.class)
				.isThrownBy(() -> this.runner.scan(new ScanRequest(inventory, registry, out, "inside")))
				.withMessageContaining("inventory");
		}
		assertThat(tree(inventory)).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM scan_run", Long.class)).isZero();
	}

	@Test
	void aFileOrAForeignNonEmptyFolderOrAnotherCasesFolderIsRefused() throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);
		Path registry = this.dir.resolve("clients.csv");
		Path file = Files.writeString(this.dir.resolve("out-file"), "not a folder");
		Path foreign = Files.createDirectories(this.dir.resolve("foreign"));
		Files.writeString(foreign.resolve("summary.csv"), "someone else's");
		Path reports = this.dir.resolve("reports");
		assertThat(this.runner.scan(new ScanRequest(inventory, registry, reports, "case-a")).status())
			.isEqualTo(BatchStatus.COMPLETED);

		// when / then
		assertThatExceptionOfType(InvalidScanException.class)
			.isThrownBy(() -> this.runner.scan(new ScanRequest(inventory, registry, file, "case-a")))
			.withMessageContaining("is not a folder");
		assertThatExceptionOfType(InvalidScanException.class)
			.isThrownBy(() -> this.runner.scan(new ScanRequest(inventory, registry, foreign, "case-a")))
			.withMessageContaining("not empty");
		assertThatExceptionOfType(InvalidScanException.class)
			.isThrownBy(() -> this.runner.scan(new ScanRequest(inventory, registry, reports, "case-b")))
			.withMessageContaining("case 'case-a'");
		assertThat(Files.readString(foreign.resolve("summary.csv"))).isEqualTo("someone else's");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM scan_run", Long.class)).isOne();
	}

	@Test
	void aManifestLeavingTheInventoryIsRefusedBeforeTheJob() throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);
		Path manifest = Files.writeString(this.dir.resolve("manifest.csv"),
				"path,size,sha256\nshared/notes.txt,,\nshared/../../clients.csv,,\n");

		// when / then
		assertThatExceptionOfType(InvalidScanException.class)
			.isThrownBy(() -> this.runner.scan(new ScanRequest(inventory, this.dir.resolve("clients.csv"),
					this.dir.resolve("reports"), "manifest", manifest)))
			.withMessageContaining("line 3")
			.withMessageContaining("leaves the inventory root");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM scan_run", Long.class)).isZero();
	}

	@Test
	void aRerunRemovesOnlyTheFilesTheToolWrote() throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);
		Path registry = this.dir.resolve("clients.csv");
		Path reports = this.dir.resolve("reports");
		ScanRequest request = new ScanRequest(inventory, registry, reports, "rerun");
		assertThat(this.runner.scan(request).status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(reports.resolve("clients/PRAIRIE/report.pdf")).isRegularFile();
		Path notes = Files.writeString(reports.resolve("clients/PRAIRIE/investigator-notes.txt"), "mine");
		Path planted = Files.createDirectories(reports.resolve("clients/GHOST")).resolve("report.pdf");
		Files.writeString(planted, "not written by the tool");
		Files.writeString(registry,
				TestInventory.REGISTRY.lines()
					.filter((line) -> !line.startsWith("PRAIRIE"))
					.reduce("", (a, b) -> a + b + "\n"));

		// when
		assertThat(this.runner.scan(request).status()).isEqualTo(BatchStatus.COMPLETED);

		// then
		assertThat(reports.resolve("clients/PRAIRIE/report.pdf")).doesNotExist();
		assertThat(reports.resolve("clients/PRAIRIE/files.csv")).doesNotExist();
		assertThat(notes).hasContent("mine");
		assertThat(planted).hasContent("not written by the tool");
		assertThat(reports.resolve("clients/HARBOR/report.pdf")).isRegularFile();
		assertThat(Files.readAllLines(reports.resolve(OutputManifest.FILE))).contains("clients%2FHARBOR%2Freport.pdf")
			.doesNotContain("clients%2FPRAIRIE%2Freport.pdf");
	}

	@Test
	void nothingIsWrittenThroughALinkInTheReportsFolder() throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);
		Path registry = this.dir.resolve("clients.csv");
		Path reports = this.dir.resolve("reports");
		ScanRequest request = new ScanRequest(inventory, registry, reports, "links");
		assertThat(this.runner.scan(request).status()).isEqualTo(BatchStatus.COMPLETED);
		Path elsewhere = Files.writeString(this.dir.resolve("elsewhere.txt"), "precious");
		Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rw-r--r--"));
		Files.delete(reports.resolve("reconciliation.txt"));
		Files.createSymbolicLink(reports.resolve("reconciliation.txt"), elsewhere);
		Path otherFolder = Files.createDirectories(this.dir.resolve("other-folder"));
		Path harbor = reports.resolve("clients/HARBOR");
		try (Stream<Path> files = Files.list(harbor)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.delete(file);
			}
		}
		Files.delete(harbor);
		Files.createSymbolicLink(harbor, otherFolder);

		// when
		this.runner.scan(request);

		// then
		assertThat(elsewhere).hasContent("precious");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(elsewhere))).isEqualTo("rw-r--r--");
		assertThat(Files.isSymbolicLink(reports.resolve("reconciliation.txt"))).isTrue();
		try (Stream<Path> files = Files.list(otherFolder)) {
			assertThat(files).isEmpty();
		}
		assertThat(ReportFolders.column(reports.resolve(ImpactReportWriter.REPORT_FAILURES_CSV), "client_id"))
			.contains("HARBOR");
	}

	@Test
	void aManifestPathThroughALinkedFolderIsRecordedAsALinkAndNotRead() throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);
		Path secret = Files.createDirectories(this.dir.resolve("outside"));
		Files.writeString(secret.resolve("shadow"), "First Harbor Bank routing 011000015 root:secret");
		Files.createSymbolicLink(inventory.resolve("link-to-outside"), secret);
		Path manifest = Files.writeString(this.dir.resolve("manifest.csv"),
				"path,size,sha256\nlink-to-outside/shadow,,\nshared/notes.txt,,\n");

		// when
		assertThat(this.runner
			.scan(new ScanRequest(inventory, this.dir.resolve("clients.csv"), this.dir.resolve("reports"), "linked",
					manifest))
			.status()).isEqualTo(BatchStatus.COMPLETED);

		// then
		assertThat(this.jdbc.queryForObject(
				"SELECT entry_type || ':' || status || ':' || reason FROM inventory_item WHERE rel_path = ?",
				String.class, "link-to-outside/shadow"))
			.isEqualTo("symlink:failed:symlink");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM item_attribution a JOIN inventory_item i ON i.item_id = a.item_id WHERE i.rel_path = ?",
				Long.class, "link-to-outside/shadow"))
			.isZero();
	}

	private static Map<String, String> tree(Path root) throws IOException {
		Map<String, String> entries = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				entries.put(root.relativize(path).toString(),
						Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? FileDigester.sha256(path) : "dir");
			}
		}
		return entries;
	}

}
