package com.breachimpact.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.breachimpact.classification.SensitiveCategory;
import com.breachimpact.classification.Severity;
import com.breachimpact.classification.SeverityDecision;
import com.breachimpact.classification.SeverityRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's HTML page and PDF, written from a model without a database: values are
 * escaped, both forms carry the same facts, files are private.
 */
class ClientReportDocumentsTests {

	@TempDir
	Path folder;

	private final ClientReportDocuments documents = new ClientReportDocuments(new ReportTemplates());

	@Test
	void htmlAndPdfShowTheSameFactsWithValuesEscaped() throws Exception {
		// given
		ClientReport report = report("Magnolia State Bank & Trust <b>", "shared/<script>alert(1)</script>.csv");

		// when
		this.documents.write(report, this.folder);

		// then
		String source = Files.readString(this.folder.resolve("report.html"));
		assertThat(source).contains("Magnolia State Bank &amp; Trust &lt;b&gt;")
			.contains("shared/&lt;script&gt;alert(1)&lt;/script&gt;.csv")
			.doesNotContain("<script>", "<b>");
		for (String form : List.of("report.html", "report.pdf")) {
			assertThat(Files.getPosixFilePermissions(this.folder.resolve(form)))
				.isEqualTo(PosixFilePermissions.fromString("rw-------"));
			assertThat(ReportText.of(this.folder.resolve(form))).as(form)
				.contains("Magnolia State Bank & Trust <b>", "client id MSBT", "REVIEW", "rule dob-only",
						"dates of birth 12 7 2", "shared/<script>alert(1)</script>.csv", "SFTP_FOLDER clients/magnolia",
						"Attributed on client's platform folder (score 1.00).", "Run 42.",
						"first completed run of the case", "Registry SHA-256 " + "ab".repeat(32),
						"Reconciliation files in 3 = analysed 3 + failed 0");
		}
	}

	@Test
	void chartScalesBarsToTheLargestValue() {
		BarChart chart = BarChart.of(List.of("a", "b", "c"), List.of(100L, 50L, 0L), 640, 200);
		assertThat(chart.bars()).extracting(BarChart.Bar::length).containsExactly(370, 185, 0);
		assertThat(chart.bars()).extracting(BarChart.Bar::y).containsExactly(4, 28, 52);
		assertThat(BarChart.of(List.of("a"), List.of(1L), 640, 200).bars().get(0).length()).isEqualTo(370);
	}

	@Test
	void notificationListNamesCategoriesAsASentence() {
		assertThat(NotificationList.readableList(report("X", "a.csv").impact())).isEqualTo("dates of birth");
		ClientImpact two = new ClientImpact("X", "X", 1, Set.of(),
				List.of(new CategoryStats(SensitiveCategory.SSN, 3, 3, 1, false),
						new CategoryStats(SensitiveCategory.DATE_OF_BIRTH, 2, 2, 1, false),
						new CategoryStats(SensitiveCategory.PERSON_NAME, 1, 1, 1, false)),
				3, null, 0);
		assertThat(NotificationList.readableList(two))
			.isEqualTo("Social Security numbers, dates of birth and names of people");
	}

	@Test
	void pdfListsTheFirstFilesAndPointsToTheFullListWhileTheFingerprintCoversEveryFile() throws Exception {
		// given: five files, a PDF that lists two, and a third run where only the last
		// file's evidence differs
		ClientReportDocuments limited = new ClientReportDocuments(new ReportTemplates(), 2);
		ClientReport report = withFiles(report("Magnolia", "a.csv"), 5, "SFTP_FOLDER clients/magnolia");
		ClientReport lastChanged = withFiles(report("Magnolia", "a.csv"), 5, "ABA_ROUTING ****0015");

		// when
		limited.write(report, this.folder);

		// then
		String pdf = ReportText.of(this.folder.resolve("report.pdf"));
		assertThat(pdf)
			.contains("file-0.csv", "file-1.csv", "This PDF lists the first 2 rows below",
					"the other 3, with their evidence and sensitive data, are in files.csv and report.html")
			.doesNotContain("file-2.csv", "file-4.csv");
		assertThat(ReportText.of(this.folder.resolve("report.html"))).contains("file-0.csv", "file-4.csv")
			.doesNotContain("This PDF lists");
		assertThat(limited.fingerprint(lastChanged, null, null)).isNotEqualTo(limited.fingerprint(report, null, null));
		assertThat(limited.fingerprint(report, null, null))
			.as("a PDF that lists another number of files is another PDF")
			.isNotEqualTo(this.documents.fingerprint(report, null, null));
	}

	private static ClientReport withFiles(ClientReport report, int count, String lastEvidence) {
		AffectedFile template = report.files().get(0);
		List<AffectedFile> files = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			files.add(new AffectedFile("file-" + i + ".csv", template.sha256(), template.size(), template.mediaType(),
					template.status(), template.modifiedAt(), template.score(), template.evidenceKinds(),
					List.of((i == count - 1) ? lastEvidence : "SFTP_FOLDER clients/magnolia"), template.sensitiveData(),
					false, AffectedFile.FILE));
		}
		return new ClientReport(report.impact(), report.identifiers(), files, List.of(), false, report.run(),
				report.firstFileTime(), report.lastFileTime());
	}

	static ClientReport report(String name, String path) {
		SeverityDecision decision = new SeverityDecision(Severity.REVIEW,
				new SeverityRule("dob-only", Set.of(SensitiveCategory.DATE_OF_BIRTH), Severity.REVIEW),
				Set.of(SensitiveCategory.DATE_OF_BIRTH));
		ClientImpact impact = new ClientImpact("MSBT", name, 1, Set.of("SFTP_FOLDER"),
				List.of(new CategoryStats(SensitiveCategory.DATE_OF_BIRTH, 12, 7, 2, false)), 7, decision, 0);
		AffectedFile file = new AffectedFile(path, "0".repeat(64), 120, "text/csv", "analysed",
				Instant.parse("2024-03-01T10:00:00Z"), 1.0, List.of("SFTP_FOLDER"),
				List.of("SFTP_FOLDER clients/magnolia"), List.of("DATE_OF_BIRTH x12 (7 distinct)"), false,
				AffectedFile.FILE);
		RunInfo run = new RunInfo(42, "/cases/x/files", "/cases/x/clients.csv", "ab".repeat(32),
				Instant.parse("2024-03-02T10:00:00Z"), "files in 3 = analysed 3 + failed 0");
		return new ClientReport(impact, List.of(new ClientIdentifier("Platform folder", "clients/magnolia")),
				List.of(file), List.of(), false, run, file.modifiedAt(), file.modifiedAt());
	}

}
