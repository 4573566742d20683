package com.breachimpact.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.breachimpact.classification.SensitiveCategory;
import com.breachimpact.classification.Severity;
import com.breachimpact.classification.SeverityDecision;
import com.breachimpact.classification.SeverityRule;
import com.breachimpact.report.AffectedFile;
import com.breachimpact.report.CategoryStats;
import com.breachimpact.report.ClientFolders;
import com.breachimpact.report.ClientIdentifier;
import com.breachimpact.report.ClientImpact;
import com.breachimpact.report.ClientReport;
import com.breachimpact.report.ClientReportDocuments;
import com.breachimpact.csv.CsvFile;
import com.breachimpact.report.ReportTemplates;
import com.breachimpact.report.RunInfo;

/**
 * A reports folder as a scan leaves it, written without a database: a {@code summary.csv}
 * of three clients and each client's {@code report.html} and {@code report.pdf}, plus a
 * CSV the viewer must not serve.
 */
final class ReportFolderFixture {

	private ReportFolderFixture() {
	}

	static Path write(Path out) throws IOException {
		RunInfo run = new RunInfo(7, "/cases/demo/files", "/cases/demo/clients.csv", "cd".repeat(32),
				Instant.parse("2024-03-25T09:00:00Z"), "files in 12 = analysed 12 + failed 0");
		ClientReportDocuments documents = new ClientReportDocuments(new ReportTemplates());
		try (CsvFile summary = CsvFile.create(out.resolve("summary.csv"), "client_id", "name", "severity",
				"severity_rule", "affected_files", "evidence_kinds", "estimated_individuals",
				"possibly_incomplete_files")) {
			client(documents, summary, out, run, "PGCU", "Prairie Gold Credit Union", Severity.NOTIFY, "ssn",
					SensitiveCategory.SSN, 24);
			client(documents, summary, out, run, "FHB", "First Harbor Bank", Severity.NOTIFY,
					"bank-account-with-routing", SensitiveCategory.BANK_ACCOUNT, 14);
			client(documents, summary, out, run, "KMS", "Keystone Mutual Savings", Severity.REVIEW, "names",
					SensitiveCategory.PERSON_NAME, 5);
		}
		CsvFile.create(ClientFolders.folder(out, "FHB").resolve("files.csv"), "path").close();
		return out;
	}

	private static void client(ClientReportDocuments documents, CsvFile summary, Path out, RunInfo run, String id,
			String name, Severity severity, String rule, SensitiveCategory category, long count) throws IOException {
		SeverityDecision decision = new SeverityDecision(severity, new SeverityRule(rule, Set.of(category), severity),
				Set.of(category));
		ClientImpact impact = new ClientImpact(id, name, 2, Set.of("SFTP_FOLDER"),
				List.of(new CategoryStats(category, count * 2, count, 2, false),
						new CategoryStats(SensitiveCategory.PERSON_NAME, count, count, 1, false)),
				count, decision, 0);
		String folder = "clients/" + id.toLowerCase(java.util.Locale.ROOT);
		List<AffectedFile> files = List.of(new AffectedFile(folder + "/outbound/batch_0318.csv", "1".repeat(64), 2048,
				"text/csv", "analysed", Instant.parse("2024-03-18T08:00:00Z"), 1.0, List.of("SFTP_FOLDER"),
				List.of("SFTP_FOLDER " + folder), List.of(category.name() + " x" + count), false, AffectedFile.FILE),
				new AffectedFile(folder + "/inbound/notice.pdf", "2".repeat(64), 4096, "application/pdf", "analysed",
						Instant.parse("2024-03-19T08:00:00Z"), 1.0, List.of("SFTP_FOLDER"),
						List.of("SFTP_FOLDER " + folder), List.of(category.name() + " x" + count), false,
						AffectedFile.FILE));
		ClientReport report = new ClientReport(impact, List.of(new ClientIdentifier("Platform folder", folder)), files,
				List.of(), false, run, files.get(0).modifiedAt(), files.get(1).modifiedAt());
		documents.write(report, ClientFolders.folder(out, id));
		summary.row(id, name, severity.name().toLowerCase(java.util.Locale.ROOT), rule, 2, "SFTP_FOLDER", count, 0);
	}

}
