package com.breachimpact.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import com.breachimpact.scan.ScanRequest;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.TestInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rerun keeps a client's {@code report.html} and {@code report.pdf} as they are (same
 * bytes, same modification time, still on the folder's record) when the client's data did
 * not change, and rewrites them for the client whose data changed; the case-wide files
 * are written every run.
 */
class UnchangedReportsFunctionalTests extends PostgresScanTestSupport {

	private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

	private static final List<String> DOCUMENTS = List.of("clients/HARBOR/report.html", "clients/HARBOR/report.pdf",
			"clients/PRAIRIE/report.html", "clients/PRAIRIE/report.pdf");

	@TempDir
	Path dir;

	@Test
	void unchangedClientsKeepTheirDocumentsAndAChangedClientGetsNewOnes() throws Exception {
		// given: two runs (the second is the first that can say what is new since a
		// previous run, so its documents differ from the first's)
		Path inventory = TestInventory.write(this.dir);
		Path registry = this.dir.resolve("clients.csv");
		Path out = this.dir.resolve("reports");
		run(inventory, registry, out);
		run(inventory, registry, out);
		for (String document : DOCUMENTS) {
			Files.setLastModifiedTime(out.resolve(document), LONG_AGO);
		}
		Files.setLastModifiedTime(out.resolve("summary.csv"), LONG_AGO);
		Files.setLastModifiedTime(out.resolve(NotificationList.FILE), LONG_AGO);
		byte[] harborPdf = Files.readAllBytes(out.resolve("clients/HARBOR/report.pdf"));
		byte[] prairiePdf = Files.readAllBytes(out.resolve("clients/PRAIRIE/report.pdf"));

		// when: a rerun of the unchanged case
		run(inventory, registry, out);

		// then
		for (String document : DOCUMENTS) {
			assertThat(Files.getLastModifiedTime(out.resolve(document))).as(document).isEqualTo(LONG_AGO);
		}
		assertThat(out.resolve("clients/HARBOR/report.pdf")).hasBinaryContent(harborPdf);
		assertThat(out.resolve("clients/PRAIRIE/report.pdf")).hasBinaryContent(prairiePdf);
		assertThat(Files.getLastModifiedTime(out.resolve("summary.csv"))).isNotEqualTo(LONG_AGO);
		assertThat(Files.getLastModifiedTime(out.resolve(NotificationList.FILE))).isNotEqualTo(LONG_AGO);
		assertThat(Files.readString(out.resolve(OutputManifest.FILE))).contains("clients%2FHARBOR%2Freport.pdf",
				"clients%2FHARBOR%2Freport.html", "clients%2FPRAIRIE%2Freport.pdf", "clients%2FPRAIRIE%2Freport.html");

		// when: a new file of one client
		Files.writeString(inventory.resolve("clients/harbor/outbound/payroll-2.csv"),
				"name,amount\nMary Major,75.00\n");
		run(inventory, registry, out);

		// then: that client's documents are written again, the other's kept
		assertThat(Files.getLastModifiedTime(out.resolve("clients/HARBOR/report.pdf"))).isNotEqualTo(LONG_AGO);
		assertThat(Files.readString(out.resolve("clients/HARBOR/report.html"))).contains("payroll-2.csv");
		assertThat(Files.getLastModifiedTime(out.resolve("clients/PRAIRIE/report.pdf"))).isEqualTo(LONG_AGO);
		assertThat(Files.getLastModifiedTime(out.resolve("clients/PRAIRIE/report.html"))).isEqualTo(LONG_AGO);
		assertThat(out.resolve("clients/PRAIRIE/report.pdf")).hasBinaryContent(prairiePdf);
	}

	@Test
	void documentsTheToolDidNotRecordAreNeverTakenForItsOwn() throws Exception {
		// given: the fingerprint of the client's data is right, but the folder's record
		// does not list the PDF (replaced by hand and re-recorded without it)
		Path inventory = TestInventory.write(this.dir);
		Path registry = this.dir.resolve("clients.csv");
		Path out = this.dir.resolve("reports");
		run(inventory, registry, out);
		run(inventory, registry, out);
		Path manifest = out.resolve(OutputManifest.FILE);
		Files.writeString(manifest, Files.readString(manifest).replace("clients%2FPRAIRIE%2Freport.pdf\n", ""));
		Files.setLastModifiedTime(out.resolve("clients/PRAIRIE/report.pdf"), LONG_AGO);

		// when
		run(inventory, registry, out);

		// then
		assertThat(Files.getLastModifiedTime(out.resolve("clients/PRAIRIE/report.pdf"))).isNotEqualTo(LONG_AGO);
	}

	private void run(Path inventory, Path registry, Path out) throws Exception {
		Scanned scanned = scan(new ScanRequest(inventory, registry, out, "unchanged-reports"));
		assertThat(scanned.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

}
