package com.breachimpact.review;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.breachimpact.analysis.JdbcItemAttributionRepository;
import com.breachimpact.scan.ScanRequest;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.ReportFolders;
import com.breachimpact.support.TestInventory;

import com.opencsv.CSVWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The investigators' review on PostgreSQL: the exported queue, decisions imported all or
 * nothing, applied to the run and to reruns of the case by content and client, stale when
 * the evidence changed, with their history.
 */
class ReviewFunctionalTests extends PostgresScanTestSupport {

	private static final String CASE = "review-case";

	@TempDir
	Path dir;

	@Autowired
	private ReviewSummaries reviewSummaries;

	@Autowired
	private JdbcReviewDecisionRepository decisions;

	@Autowired
	ReviewQueue reviewQueue;

	@Autowired
	ReviewImporter reviewImporter;

	private Path inventory;

	private Path registry;

	private long firstRun;

	@BeforeEach
	void firstRun() throws Exception {
		this.jdbc.execute("TRUNCATE TABLE review_decision");
		this.inventory = TestInventory.write(this.dir);
		this.registry = this.dir.resolve("clients.csv");
		byte[] junk = new byte[1024];
		new Random(11).nextBytes(junk);
		Files.createDirectories(this.inventory.resolve("clients/prairie"));
		Files.write(this.inventory.resolve("clients/prairie/statement.docx"), junk);
		this.firstRun = run("first");
	}

	@Test
	void exportEditImportRoundTrip() throws Exception {
		// given: the queue of the first run
		Path queueFile = this.dir.resolve("queue.csv");
		ReviewQueueFile.write(queueFile, this.reviewQueue.of(this.firstRun));
		List<String[]> rows = ReportFolders.csv(queueFile);
		List<String> header = List.of(rows.get(0));
		assertThat(header).containsSubsequence("case", "run_id", "client_id", "path", "sha256", "decision", "reason",
				"note");
		List<String> paths = ReportFolders.column(queueFile, "path");
		List<String> reasons = ReportFolders.column(queueFile, "queue_reasons");
		// the failed file in a client folder, the client of severity review, the low
		// scores
		assertThat(rowOf(queueFile, "clients/prairie/statement.docx", "PRAIRIE")[index(header, "queue_reasons")])
			.contains(ReviewQueueEntry.FAILED_IN_CLIENT_FOLDER);
		assertThat(rowOf(queueFile, "clients/harbor/outbound/payroll.csv", "HARBOR")[index(header, "queue_reasons")])
			.contains(ReviewQueueEntry.CLIENT_SEVERITY_REVIEW);
		assertThat(rowOf(queueFile, "archive/batch-3.txt", "PRAIRIE")[index(header, "queue_reasons")])
			.contains(ReviewQueueEntry.LOW_SCORE);
		assertThat(paths).doesNotContain("shared/wire-log.txt"); // score 1.6, client not
																	// of review severity
		assertThat(reasons).allMatch((reason) -> !reason.isEmpty());
		// most severe client first, then score ascending
		List<String> severities = ReportFolders.column(queueFile, "client_severity");
		assertThat(severities.indexOf("informational")).isGreaterThan(severities.lastIndexOf("review"));
		// evidence is masked; decisions are empty
		String text = Files.readString(queueFile);
		assertThat(text).doesNotContain("021000021").doesNotContain("011000015").contains("0021");
		assertThat(ReportFolders.column(queueFile, "decision")).containsOnly("");

		// when: an investigator decides on three rows and notes a client
		int decision = index(header, "decision");
		int reason = index(header, "reason");
		int note = index(header, "note");
		String[] rejected = rowOf(queueFile, "archive/batch-3.txt", "PRAIRIE");
		rejected[decision] = "Rejected";
		rejected[reason] = "test batch, no client data";
		String[] confirmed = rowOf(queueFile, "clients/harbor/outbound/payroll.csv", "HARBOR");
		confirmed[decision] = "confirmed";
		String[] added = rowOf(queueFile, "clients/prairie/statement.docx", "PRAIRIE");
		added[decision] = "added";
		added[note] = "password-protected statement, per transfer log";
		String[] clientNote = new String[header.size()];
		java.util.Arrays.fill(clientNote, "");
		clientNote[index(header, "case")] = CASE;
		clientNote[index(header, "client_id")] = "PRAIRIE";
		clientNote[note] = "call the CISO before notifying";
		writeCsv(queueFile, rows.get(0), rejected, confirmed, added, clientNote);
		ReviewImport imported = this.reviewImporter.importFile(queueFile, null, "alice");

		// then
		assertThat(imported.recorded()).containsExactlyInAnyOrderEntriesOf(Map.of(DecisionKind.REJECTED, 1,
				DecisionKind.CONFIRMED, 1, DecisionKind.ADDED, 1, DecisionKind.NOTE, 1));
		assertThat(imported.appliedRuns()).containsExactly(this.firstRun);
		ReviewSummary prairie = this.reviewSummaries.of(this.firstRun, "PRAIRIE");
		assertThat(prairie.rejected()).isOne();
		assertThat(prairie.rejectedFiles()).singleElement().satisfies((file) -> {
			assertThat(file.path()).isEqualTo("archive/batch-3.txt");
			assertThat(file.reason()).isEqualTo("test batch, no client data");
			assertThat(file.decidedBy()).isEqualTo("alice");
		});
		assertThat(prairie.note()).isEqualTo("call the CISO before notifying");
		// the failed statement was attributed by its folder already: added confirms it
		assertThat(status("clients/prairie/statement.docx", "PRAIRIE")).isEqualTo("confirmed");
		assertThat(status("clients/harbor/outbound/payroll.csv", "HARBOR")).isEqualTo("confirmed");

		// and a new export leaves out what was decided
		Path again = this.dir.resolve("again.csv");
		ReviewQueueFile.write(again, this.reviewQueue.of(this.firstRun));
		assertThat(rowsOf(again, "archive/batch-3.txt", "PRAIRIE")).isEmpty();
		assertThat(rowsOf(again, "clients/harbor/outbound/payroll.csv", "HARBOR")).isEmpty();
		assertThat(rowsOf(again, "archive/batch-4.txt", "PRAIRIE")).hasSize(1);
	}

	@Test
	void rejectedAttributionLeavesTheCountsAndAddedOneJoinsThemOnARerun() throws Exception {
		// given
		int prairieFiles = counted(this.firstRun, "PRAIRIE");
		int harborFiles = counted(this.firstRun, "HARBOR");
		Path review = reviewFile(new String[] { "", "archive/batch-5.txt", "PRAIRIE", "rejected", "a test file", "" },
				new String[] { "", "shared/notes.txt", "HARBOR", "added", "", "seen in the transfer log" });
		this.reviewImporter.importFile(review, CASE, "alice");

		// when
		long rerun = run("second");

		// then: the reports' filter leaves the rejected file out and counts the manual
		// one
		assertThat(counted(rerun, "PRAIRIE")).isEqualTo(prairieFiles - 1);
		assertThat(counted(rerun, "HARBOR")).isEqualTo(harborFiles + 1);
		ReviewSummary prairie = this.reviewSummaries.of(rerun, "PRAIRIE");
		assertThat(prairie.rejected()).isOne();
		assertThat(prairie.counted()).isEqualTo(prairieFiles - 1);
		assertThat(prairie.rejectedFiles()).extracting(ReviewSummary.RejectedFile::reason)
			.containsExactly("a test file");
		Path prairieReport = this.dir.resolve("second/clients/PRAIRIE");
		assertThat(ReportFolders.column(prairieReport.resolve("files.csv"), "path"))
			.doesNotContain("archive/batch-5.txt");
		assertThat(Files.readString(prairieReport.resolve("report.html"))).contains("Appendix: rejected attributions",
				"archive/batch-5.txt", "a test file", "alice");
		ReviewSummary harbor = this.reviewSummaries.of(rerun, "HARBOR");
		assertThat(harbor.added()).isOne();
		assertThat(this.jdbc.queryForMap("""
				SELECT a.score, a.evidence_kinds FROM item_attribution a JOIN inventory_item i ON i.item_id = a.item_id
				WHERE a.run_id = ? AND i.rel_path = 'shared/notes.txt' AND a.client_id = 'HARBOR' AND""" + " "
				+ JdbcItemAttributionRepository.MANUAL, rerun))
			.containsEntry("score", 0.0)
			.containsEntry("evidence_kinds", "MANUAL");
		// a third run still has exactly one manual row (none carried twice)
		long third = run("third");
		assertThat(this.reviewSummaries.of(third, "HARBOR").added()).isOne();
		assertThat(this.reviewSummaries.of(third, "PRAIRIE").rejected()).isOne();
		assertThat(this.reviewSummaries.of(third, "PRAIRIE").reviewed()).isFalse();
	}

	@Test
	void decisionsSurviveARerunWithAMovedFileAndARegistryChange() throws Exception {
		// given
		Path review = reviewFile(
				new String[] { "", "shared/wire-log.txt", "PRAIRIE", "rejected", "internal test wire", "" },
				new String[] { "", "archive/batch-0.txt", "PRAIRIE", "confirmed", "", "" },
				new String[] { "", "shared/bundle.zip", "HARBOR", "confirmed", "", "" });
		this.reviewImporter.importFile(review, CASE, "alice");
		Files.createDirectories(this.inventory.resolve("moved"));
		Files.move(this.inventory.resolve("shared/wire-log.txt"), this.inventory.resolve("moved/wire.txt"));
		// HARBOR's legal name changes: the bundle's name evidence becomes an alias one; a
		// client is added
		Files.writeString(this.registry,
				TestInventory.REGISTRY.replace("First Harbor Bank,Harbor Bank",
						"First Harbor Bancorp,Harbor Bank|First Harbor Bank")
						+ "RIVERBEND,Riverbend Savings Bank,,,,,riverbend.example,clients/riverbend\n");

		// when
		long rerun = run("second");

		// then
		assertThat(status("moved/wire.txt", "PRAIRIE", rerun)).isEqualTo("rejected");
		assertThat(status("archive/batch-0.txt", "PRAIRIE", rerun)).isEqualTo("confirmed");
		assertThat(status("archive/batch-1.txt", "PRAIRIE", rerun)).isEqualTo("unreviewed");
		assertThat(status("shared/bundle.zip", "HARBOR", rerun)).isEqualTo("stale");
		assertThat(this.jdbc.queryForObject("""
				SELECT a.review_reason FROM item_attribution a JOIN inventory_item i ON i.item_id = a.item_id
				WHERE a.run_id = ? AND i.rel_path = 'shared/bundle.zip' AND a.client_id = 'HARBOR'""", String.class,
				rerun))
			.startsWith("needs second look: evidence changed since confirmed by alice");
		Path queue = this.dir.resolve("queue.csv");
		ReviewQueueFile.write(queue, this.reviewQueue.of(rerun));
		assertThat(rowOf(queue, "shared/bundle.zip", "HARBOR")[index(List.of(ReportFolders.csv(queue).get(0)),
				"queue_reasons")])
			.contains(ReviewQueueEntry.EVIDENCE_CHANGED);
	}

	@Test
	void importWithOneBadRowChangesNothingAndNamesTheRow() throws Exception {
		Path review = reviewFile(new String[] { "", "archive/batch-0.txt", "PRAIRIE", "confirmed", "", "" },
				new String[] { "", "archive/batch-1.txt", "PRAIRIE", "rejected", "", "" },
				new String[] { "", "archive/batch-2.txt", "NOBODY", "confirmed", "", "" },
				new String[] { "", "archive/none.txt", "PRAIRIE", "confirmed", "", "" },
				new String[] { "ab".repeat(32), "", "PRAIRIE", "confirmed", "", "" },
				new String[] { "", "archive/batch-3.txt", "PRAIRIE", "maybe", "", "" });
		assertThatExceptionOfType(ReviewImportException.class)
			.isThrownBy(() -> this.reviewImporter.importFile(review, CASE, "alice"))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly("line 3: a rejection needs a reason",
					"line 4: unknown client id 'NOBODY' (not in the registry of run " + this.firstRun
							+ " of case 'review-case')",
					"line 5: unknown path 'archive/none.txt' (not a file of run " + this.firstRun + ")",
					"line 6: unknown sha256 " + "ab".repeat(32) + " (no run of case 'review-case' has this content)",
					"line 7: unknown decision 'maybe' (expected confirmed, rejected or added)"));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM review_decision", Integer.class)).isZero();
		assertThat(status("archive/batch-0.txt", "PRAIRIE")).isEqualTo("unreviewed");
	}

	@Test
	void auditHistoryOfAPairShowsEveryDecisionInOrder() throws Exception {
		String sha256 = this.jdbc.queryForObject(
				"SELECT sha256 FROM inventory_item WHERE run_id = ? AND rel_path = 'archive/batch-7.txt'", String.class,
				this.firstRun);
		this.reviewImporter.importFile(reviewFile(new String[] { sha256, "", "PRAIRIE", "confirmed", "", "" }), CASE,
				"alice");
		this.reviewImporter.importFile(
				reviewFile(new String[] { sha256, "", "PRAIRIE", "rejected", "a copy of a test file", "" }), CASE,
				"bob");
		this.reviewImporter.importFile(reviewFile(
				new String[] { "", "archive/batch-7.txt", "PRAIRIE", "confirmed", "", "the test was a real payment" }),
				CASE, "carol");

		List<ReviewDecision> history = this.decisions.history(CASE, sha256, "PRAIRIE");

		assertThat(history).extracting(ReviewDecision::decidedBy).containsExactly("alice", "bob", "carol");
		assertThat(history).extracting(ReviewDecision::kind)
			.containsExactly(DecisionKind.CONFIRMED, DecisionKind.REJECTED, DecisionKind.CONFIRMED);
		assertThat(history).extracting(ReviewDecision::reason).containsExactly(null, "a copy of a test file", null);
		assertThat(history.get(0).supersededBy()).isEqualTo(history.get(1).decisionId());
		assertThat(history.get(1).supersededBy()).isEqualTo(history.get(2).decisionId());
		assertThat(history.get(2).current()).isTrue();
		assertThat(history).extracting(ReviewDecision::evidenceFingerprint)
			.containsOnly(history.get(0).evidenceFingerprint())
			.doesNotContainNull();
		assertThat(status("archive/batch-7.txt", "PRAIRIE")).isEqualTo("confirmed");
	}

	private long run(String out) throws Exception {
		Scanned scanned = scan(new ScanRequest(this.inventory, this.registry, this.dir.resolve(out), CASE));
		assertThat(scanned.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return scanned.runId();
	}

	private int counted(long runId, String clientId) {
		return this.jdbc
			.queryForObject("SELECT COUNT(*) FROM item_attribution a WHERE a.run_id = ? AND a.client_id = ? AND "
					+ JdbcItemAttributionRepository.COUNTED, Integer.class, runId, clientId);
	}

	private String status(String path, String clientId) {
		return status(path, clientId, this.firstRun);
	}

	private String status(String path, String clientId, long runId) {
		return this.jdbc.queryForObject("""
				SELECT a.review_status FROM item_attribution a JOIN inventory_item i ON i.item_id = a.item_id
				WHERE a.run_id = ? AND i.rel_path = ? AND a.client_id = ?""", String.class, runId, path, clientId);
	}

	/**
	 * A hand-written review file: sha256, path, client_id, decision, reason, note per
	 * row.
	 */
	private Path reviewFile(String[]... rows) throws IOException {
		Path file = Files.createTempFile(this.dir, "review", ".csv");
		String[][] all = new String[rows.length + 1][];
		all[0] = new String[] { "sha256", "path", "client_id", "decision", "reason", "note" };
		System.arraycopy(rows, 0, all, 1, rows.length);
		writeCsv(file, all);
		return file;
	}

	private static void writeCsv(Path file, String[]... rows) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVWriter csv = new CSVWriter(out)) {
			for (String[] row : rows) {
				csv.writeNext(row);
			}
		}
	}

	private static String[] rowOf(Path file, String path, String clientId) {
		List<String[]> rows = rowsOf(file, path, clientId);
		assertThat(rows).as("%s for %s in %s", path, clientId, file).hasSize(1);
		return rows.get(0);
	}

	private static List<String[]> rowsOf(Path file, String path, String clientId) {
		List<String> header = List.of(ReportFolders.csv(file).get(0));
		return ReportFolders.rows(file)
			.stream()
			.filter((row) -> row[index(header, "path")].equals(path)
					&& row[index(header, "client_id")].equals(clientId))
			.toList();
	}

	private static int index(List<String> header, String column) {
		return header.indexOf(column);
	}

}
