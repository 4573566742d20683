package com.breachimpact.incremental;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.inventory.Reconciliation;
import com.breachimpact.report.OutputManifest;
import com.breachimpact.scan.ScanRequest;
import com.breachimpact.support.CountingExtractorConfiguration;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.ReportFolders;
import com.breachimpact.support.TestInventory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reruns of a case on PostgreSQL analyse only what changed: new and modified files are
 * parsed, moved, unchanged and re-registered ones are not, removed ones are recorded; and
 * the reports are those of a full scan.
 */
@Import(CountingExtractorConfiguration.class)
class IncrementalRunFunctionalTests extends PostgresScanTestSupport {

	private static final String CASE = "incremental";

	/**
	 * The columns that say what is new since the previous run (the rest of the columns
	 * must be equal).
	 */
	/**
	 * Columns that tell a run's history: what is new since the previous run, and the run
	 * in which the case first saw a content or credential.
	 */
	private static final List<String> DELTAS = List.of("newly_affected", "new_files_since_previous_run",
			"new_since_previous_run", "first_seen_run");

	@TempDir
	Path dir;

	private Path inventory;

	private Path registry;

	private long firstRunId;

	@BeforeEach
	void firstRun() throws Exception {
		this.inventory = TestInventory.write(this.dir);
		this.registry = this.dir.resolve("clients.csv");
		write("shared/memo.txt", "Please contact desk@riverbend.example about the March files.\n");
		Scanned first = run("first");
		assertThat(first.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		this.firstRunId = first.runId();
		assertThat(CountingExtractorConfiguration.calls.get()).isEqualTo(20);
	}

	@Test
	void rerunOfAnUnchangedInventoryParsesNothingAndReportsTheSame() throws Exception {
		Scanned rerun = run("second");
		assertThat(CountingExtractorConfiguration.calls.get()).isZero();
		// the ledger differs only in saying that every item reused its earlier analysis
		// and the reports differ only in saying what is new since the previous run
		assertThat(ReportFolders.contentsWithoutColumns(this.dir.resolve("second"), DELTAS, "reconciliation.txt",
				"ledger.csv"))
			.isEqualTo(ReportFolders.contentsWithoutColumns(this.dir.resolve("first"), DELTAS, "reconciliation.txt",
					"ledger.csv"));
		assertThat(ReportFolders.rows(this.dir.resolve("second/ledger.csv"))).filteredOn((row) -> row[1].equals("file"))
			.extracting((row) -> row[row.length - 1])
			.containsOnly("unchanged");
		assertThat(Reconciliation.of(new JdbcInventoryItemRepository(this.jdbc), rerun.runId()).line())
			.isEqualTo("files in 20 = analysed 18 + failed 2 (corrupt 1, empty 1)");
	}

	@Test
	void rerunAfterAddingFilesParsesOnlyTheNewOnes() throws Exception {
		write("clients/harbor/inbound/new-a.txt", "A new file for First Harbor Bank\n");
		write("shared/new-b.txt", "routing 021000021 again, a new payment\n");
		Scanned rerun = run("second");
		assertThat(CountingExtractorConfiguration.calls.get()).isEqualTo(2);
		assertThat(Reconciliation.of(new JdbcInventoryItemRepository(this.jdbc), rerun.runId()).total()).isEqualTo(22);
		assertThat(ReportFolders.column(this.dir.resolve("second/clients/HARBOR/files.csv"), "path"))
			.contains("clients/harbor/inbound/new-a.txt");
		assertThat(ReportFolders.column(this.dir.resolve("second/clients/PRAIRIE/files.csv"), "path"))
			.contains("shared/new-b.txt");
		Path summary = this.dir.resolve("second/summary.csv");
		assertThat(ReportFolders.column(summary, "client_id")).containsExactly("HARBOR", "PRAIRIE");
		assertThat(ReportFolders.column(summary, "new_files_since_previous_run")).containsExactly("1", "1");
		assertThat(ReportFolders.column(summary, "newly_affected")).containsExactly("false", "false");
		Path harborFiles = this.dir.resolve("second/clients/HARBOR/files.csv");
		assertThat(ReportFolders.rows(harborFiles)).filteredOn((row) -> row[row.length - 1].equals("true"))
			.extracting((row) -> row[0])
			.containsExactly("clients/harbor/inbound/new-a.txt");

		// a third run marks what is new since the first one as well
		write("shared/new-c.txt", "and routing 021000021 once more\n");
		Scanned third = scan(
				new ScanRequest(this.inventory, this.registry, this.dir.resolve("third"), CASE, null, this.firstRunId));
		Path thirdSummary = this.dir.resolve("third/summary.csv");
		assertThat(ReportFolders.column(thirdSummary, "new_files_since_previous_run")).containsExactly("0", "1");
		assertThat(ReportFolders.column(thirdSummary, "new_files_since_run_" + this.firstRunId)).containsExactly("1",
				"2");
		assertThat(third.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void rerunAfterModifyingAFileParsesOnlyThatFile() throws Exception {
		write("shared/notes.txt", "Now it mentions routing 011000015 of a client.\n");
		run("second");
		assertThat(CountingExtractorConfiguration.calls.get()).isEqualTo(1);
		assertThat(ReportFolders.column(this.dir.resolve("second/clients/HARBOR/files.csv"), "path"))
			.contains("shared/notes.txt");
	}

	@Test
	void rerunAfterMovingAFileParsesNothingAndMapsItAtItsNewPath() throws Exception {
		Files.move(this.inventory.resolve("shared/wire-log.txt"),
				this.inventory.resolve("clients/harbor/inbound-wire-log.txt"));
		Scanned rerun = run("second");
		assertThat(CountingExtractorConfiguration.calls.get()).isZero();
		assertThat(ReportFolders.column(this.dir.resolve("second/clients/HARBOR/files.csv"), "path"))
			.contains("clients/harbor/inbound-wire-log.txt");
		assertThat(ReportFolders.column(this.dir.resolve("second/clients/PRAIRIE/files.csv"), "path"))
			.contains("clients/harbor/inbound-wire-log.txt")
			.doesNotContain("shared/wire-log.txt");
		assertThat(this.jdbc.queryForList("SELECT rel_path FROM removed_item WHERE run_id = ?", String.class,
				rerun.runId()))
			.containsExactly("shared/wire-log.txt");
	}

	@Test
	void rerunAfterARegistryChangeParsesNothingAndGivesTheReportsOfAFullScan() throws Exception {
		Files.writeString(this.registry,
				TestInventory.REGISTRY + "RIVERBEND,Riverbend Savings Bank,,,,,riverbend.example,clients/riverbend\n");
		run("second");
		assertThat(CountingExtractorConfiguration.calls.get()).isZero();
		assertThat(ReportFolders.column(this.dir.resolve("second/summary.csv"), "client_id")).contains("RIVERBEND");
		assertThat(ReportFolders.column(this.dir.resolve("second/clients/RIVERBEND/files.csv"), "path"))
			.containsExactly("shared/memo.txt");
		assertThat(ReportFolders.column(this.dir.resolve("second/summary.csv"), "client_id"))
			.as("a newly affected client is listed first")
			.first()
			.isEqualTo("RIVERBEND");
		assertThat(ReportFolders.column(this.dir.resolve("second/summary.csv"), "newly_affected")).first()
			.isEqualTo("true");

		scan(new ScanRequest(this.inventory, this.registry, this.dir.resolve("full"), "a fresh case"));
		assertThat(CountingExtractorConfiguration.calls.get()).isEqualTo(20);
		// the same reports, but for the newly affected client listed first in the summary
		// of the rerun (and the output record, which names the folder's case: another
		// one)
		assertThat(ReportFolders.contentsWithoutColumns(this.dir.resolve("second"), DELTAS, "reconciliation.txt",
				"ledger.csv", "summary.csv", OutputManifest.FILE))
			.isEqualTo(ReportFolders.contentsWithoutColumns(this.dir.resolve("full"), DELTAS, "reconciliation.txt",
					"ledger.csv", "summary.csv", OutputManifest.FILE));
		assertThat(ReportFolders.rows(this.dir.resolve("second/summary.csv")).stream().map((row) -> row[0] + row[2]))
			.containsExactlyInAnyOrderElementsOf(ReportFolders.rows(this.dir.resolve("full/summary.csv"))
				.stream()
				.map((row) -> row[0] + row[2])
				.toList());
	}

	@Test
	void rerunAfterRemovingAFileRecordsItAsRemoved() throws Exception {
		Files.delete(this.inventory.resolve("shared/contacts.txt"));
		Scanned rerun = run("second");
		assertThat(CountingExtractorConfiguration.calls.get()).isZero();
		assertThat(this.jdbc.queryForList("SELECT rel_path FROM removed_item WHERE run_id = ?", String.class,
				rerun.runId()))
			.isEqualTo(List.of("shared/contacts.txt"));
		assertThat(Reconciliation.of(new JdbcInventoryItemRepository(this.jdbc), rerun.runId()).total()).isEqualTo(19);
		assertThat(ReportFolders.column(this.dir.resolve("second/clients/HARBOR/files.csv"), "path"))
			.doesNotContain("shared/contacts.txt");
	}

	@Test
	void identicalContentIsExtractedOnceAndEachPathKeepsItsOwnRow() throws Exception {
		write("clients/prairie/copy-1.txt", "routing 021000021 copied content\n");
		write("shared/copy-2.txt", "routing 021000021 copied content\n");
		Scanned rerun = run("second");
		assertThat(CountingExtractorConfiguration.calls.get()).isEqualTo(1);
		assertThat(this.jdbc.queryForList("SELECT rel_path FROM inventory_item WHERE run_id = ? AND rel_path LIKE ?",
				String.class, rerun.runId(), "%copy-%"))
			.containsExactlyInAnyOrder("clients/prairie/copy-1.txt", "shared/copy-2.txt");
		assertThat(ReportFolders.column(this.dir.resolve("second/clients/PRAIRIE/files.csv"), "path"))
			.contains("clients/prairie/copy-1.txt", "shared/copy-2.txt");
	}

	private Scanned run(String out) throws Exception {
		CountingExtractorConfiguration.calls.set(0);
		Scanned scanned = scan(new ScanRequest(this.inventory, this.registry, this.dir.resolve(out), CASE));
		assertThat(scanned.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return scanned;
	}

	private void write(String relativePath, String content) throws Exception {
		Path file = this.inventory.resolve(relativePath);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}

}
