package com.breachimpact.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.inventory.Reconciliation;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.ReportFolders;
import com.breachimpact.support.TestInventory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan job end to end on PostgreSQL: ledger, findings and report content.
 */
class ScanJobFunctionalTests extends PostgresScanTestSupport {

	@TempDir
	Path dir;

	@Test
	void scanAccountsForEveryFileAndReportsEachAffectedClient() throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);
		Path out = this.dir.resolve("reports");

		// when
		JobExecution execution = scan(inventory, this.dir.resolve("clients.csv"), out).execution();

		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Reconciliation reconciliation = Reconciliation.of(new JdbcInventoryItemRepository(this.jdbc),
				execution.getJobInstanceId());
		assertThat(reconciliation.total()).isEqualTo(19);
		assertThat(reconciliation.analysed()).isEqualTo(17);
		assertThat(reconciliation.failedByReason()).containsEntry("empty", 1L).containsEntry("corrupt", 1L);
		assertThat(reconciliation.isComplete()).isTrue();

		Path summary = out.resolve("summary.csv");
		assertThat(ReportFolders.column(summary, "client_id")).as("most severe first")
			.containsExactly("HARBOR", "PRAIRIE");
		assertThat(ReportFolders.column(summary, "severity")).containsExactly("review", "informational");
		assertThat(ReportFolders.column(summary, "severity_rule")).containsExactly("contact-data", "no-rule-fired");
		assertThat(ReportFolders.column(summary, "name")).containsExactly("First Harbor Bank",
				"Prairie Gold Credit Union");
		assertThat(ReportFolders.column(summary, "affected_files")).containsExactly("3", "13");
		assertThat(ReportFolders.column(summary, "evidence_kinds"))
			.containsExactly("ABA_ROUTING|EMAIL_DOMAIN|NAME|SFTP_FOLDER", "ABA_ROUTING|NAME");
		assertThat(ReportFolders.column(summary, "person_name_distinct")).containsExactly("2", "0");

		Path harbor = out.resolve("clients/HARBOR/files.csv");
		// the zip is listed as a container row (the union of its attributed members)
		// above
		// its member, the leaf that carries the evidence
		assertThat(ReportFolders.column(harbor, "path")).containsExactly("clients/harbor/outbound/payroll.csv",
				"shared/bundle.zip", "shared/bundle.zip!/2024/q3.txt", "shared/contacts.txt");
		assertThat(ReportFolders.column(harbor, "row")).containsExactly("file", "container", "member", "file");
		assertThat(ReportFolders.column(harbor, "masked_evidence")).satisfiesExactly(
				(evidence) -> assertThat(evidence).isEqualTo("SFTP_FOLDER clients/harbor"),
				(evidence) -> assertThat(evidence).contains("ABA_ROUTING *****0015 in 2024/q3.txt line 1")
					.contains("NAME First Harbor Bank in 2024/q3.txt"),
				(evidence) -> assertThat(evidence).contains("ABA_ROUTING *****0015 in 2024/q3.txt line 1")
					.contains("NAME First Harbor Bank in 2024/q3.txt"),
				(evidence) -> assertThat(evidence).startsWith("EMAIL_DOMAIN o***@firstharbor.example"));
		assertThat(ReportFolders.csv(harbor).toString()).doesNotContain("Prairie").doesNotContain("prairie");
		assertThat(out.resolve("clients/UNTOUCHED")).doesNotExist();

		assertThat(ReportFolders.column(out.resolve("unmatched.csv"), "path")).containsExactly("shared/broken.docx",
				"shared/empty.txt", "shared/notes.txt");
		List<String[]> ledger = ReportFolders.rows(out.resolve("ledger.csv"));
		assertThat(ledger).as("19 files and the zip's member").hasSize(20);
		assertThat(ledger).filteredOn((row) -> row[1].equals("member"))
			.singleElement()
			.satisfies((row) -> assertThat(row[0] + " " + row[6]).isEqualTo("shared/bundle.zip!/2024/q3.txt analysed"));
		assertThat(ledger).filteredOn((row) -> row[0].equals("shared/broken.docx"))
			.singleElement()
			.satisfies((row) -> assertThat(row[6] + ":" + row[7]).isEqualTo("failed:corrupt"));
		assertThat(Files.getPosixFilePermissions(harbor)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(Files.readString(out.resolve("reconciliation.txt")))
			.contains("files in 19 = analysed 17 + failed 2 (corrupt 1, empty 1)");
	}

}
