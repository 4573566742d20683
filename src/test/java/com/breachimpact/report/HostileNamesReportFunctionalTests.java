package com.breachimpact.report;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.breachimpact.scan.ScanRequest;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.ReportFolders;
import com.breachimpact.support.TestInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names from stolen data and from the registry that hold characters XML forbids (control
 * characters, {@code U+FFFE}) never stop a report: every page and PDF is written with the
 * characters as visible escapes, the ledger keeps the raw names; and a client whose
 * reports cannot be written is recorded while the other clients get theirs.
 */
class HostileNamesReportFunctionalTests extends PostgresScanTestSupport {

	private static final String HOSTILE_FILE = "clients/harbor/outbound/pay\u0001roll\u001b\uFFFE.txt";

	private static final String HOSTILE_MEMBER = "q4\u0001\u001b.txt";

	@TempDir
	Path dir;

	@Test
	void controlCharactersInFileMemberAndClientNamesComeOutAsVisibleEscapesInEveryReport() throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);
		Path hostile = inventory.resolve(HOSTILE_FILE);
		Files.writeString(hostile, "wire for First Harbor Bank, routing 011000015\n");
		try (OutputStream out = Files.newOutputStream(inventory.resolve("shared/odd.zip"));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(HOSTILE_MEMBER));
			zip.write("payment via routing 111000025\n".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		Files.writeString(this.dir.resolve("clients.csv"),
				TestInventory.REGISTRY + "ODD,Odd\u0001 \u001bSavings\uFFFE,,,111000025,,,\n");
		Path reports = this.dir.resolve("reports");

		// when
		Scanned scanned = scan(new ScanRequest(inventory, this.dir.resolve("clients.csv"), reports, "hostile-names"));

		// then
		assertThat(scanned.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		for (String client : List.of("HARBOR", "ODD", "PRAIRIE")) {
			Path folder = reports.resolve("clients").resolve(client);
			byte[] pdf = Files.readAllBytes(folder.resolve("report.pdf"));
			assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).as(client).isEqualTo("%PDF-");
			String html = Files.readString(folder.resolve("report.html"));
			assertThat(html).as(client).doesNotContain("\u0001", "\u001b", "\uFFFE");
		}
		assertThat(Files.readString(reports.resolve("clients/HARBOR/report.html")))
			.contains("pay\\u0001roll\\u001b\\ufffe.txt");
		assertThat(Files.readString(reports.resolve("clients/ODD/report.html"))).contains(
				"Odd\\u0001 \\u001bSavings\\ufffe",
				HOSTILE_MEMBER.replace("\u0001", "\\u0001").replace("\u001b", "\\u001b"));
		String summary = Files.readString(reports.resolve("summary.html"));
		assertThat(summary).contains("Odd\\u0001 \\u001bSavings\\ufffe").doesNotContain("\u0001");
		assertThat(ReportFolders.column(reports.resolve("ledger.csv"), "path")).as("the ledger keeps the raw names")
			.contains(HOSTILE_FILE, "shared/odd.zip!/" + HOSTILE_MEMBER);
		assertThat(ReportFolders.rows(reports.resolve(ImpactReportWriter.REPORT_FAILURES_CSV))).isEmpty();
	}

	@Test
	void aClientWhoseReportCannotBeWrittenIsRecordedAndTheOthersGetTheirs() throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);
		Path reports = this.dir.resolve("reports");
		ScanRequest request = new ScanRequest(inventory, this.dir.resolve("clients.csv"), reports, "one-fails");
		assertThat(scan(request).execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Path harborPdf = reports.resolve("clients/HARBOR/report.pdf");
		Files.delete(harborPdf);
		Files.createDirectories(harborPdf.resolve("in-the-way"));
		Path prairiePdf = reports.resolve("clients/PRAIRIE/report.pdf");
		Files.delete(prairiePdf);

		// when
		Scanned rerun = scan(request);

		// then
		assertThat(rerun.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(ReportFolders.column(reports.resolve(ImpactReportWriter.REPORT_FAILURES_CSV), "client_id"))
			.containsExactly("HARBOR");
		assertThat(Files.size(prairiePdf)).isPositive();
		assertThat(harborPdf.resolve("in-the-way")).isDirectory();
		assertThat(reports.resolve("ledger.csv")).isNotEmptyFile();
	}

}
