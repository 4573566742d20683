package com.breachimpact.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import com.breachimpact.review.ReviewImporter;
import com.breachimpact.scan.ScanRequest;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.ReportFolders;
import com.breachimpact.support.TestInventory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rerun keeps every file of a client's report that its key covers (the CSV files, the
 * HTML and the PDF) when nothing the client's report shows changed, and writes them again
 * as soon as anything it shows changed: a review decision, the registry, the content of
 * one of its files, a new file, or a person record (changed in the database behind the
 * tool's back, the content of the file unchanged).
 */
class ReportKeyFunctionalTests extends PostgresScanTestSupport {

	private static final String CASE = "report-key";

	private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

	/** The files of a client's folder that a rerun of an unchanged case keeps. */
	private static final List<String> KEPT = List.of(ImpactReportWriter.FILES_CSV, ImpactReportWriter.CATEGORIES_CSV,
			ImpactReportWriter.PERSONS_BY_STATE_CSV, ImpactReportWriter.OBLIGATIONS_CSV, ImpactReportWriter.REVIEW_CSV,
			ClientReportDocuments.REPORT_HTML, ClientReportDocuments.REPORT_PDF, ClientReportDocuments.FINGERPRINT,
			ImpactReportWriter.FILES_FINGERPRINT);

	private static final String MEMBERS = "clients/harbor/outbound/members.csv";

	@TempDir
	Path dir;

	@Autowired
	ReviewImporter reviewImporter;

	private Path inventory;

	private Path registry;

	private Path out;

	@BeforeEach
	void twoRunsAndEveryClientFileAged() throws Exception {
		this.jdbc.update("DELETE FROM review_decision WHERE case_name = ?", CASE);
		this.inventory = TestInventory.write(this.dir);
		this.registry = this.dir.resolve("clients.csv");
		this.out = this.dir.resolve("reports");
		Files.writeString(this.inventory.resolve(MEMBERS), """
				first_name,last_name,ssn,dob,street,city,state,zip,country
				Jane,Roe,521-43-8765,1980-02-03,12 Oak St,Austin,TX,73301,US
				John,Poe,521-43-8766,1975-06-07,12 Oak St,Reno,NV,89501,US
				""");
		// the second run is the first that can say what is new since a previous one
		run();
		run();
		for (String client : List.of("HARBOR", "PRAIRIE")) {
			for (String file : KEPT) {
				Files.setLastModifiedTime(file(client, file), LONG_AGO);
			}
		}
	}

	@Test
	void nothingChangedKeepsEveryKeyedFileOfEveryClient() throws Exception {
		// given
		String harborFiles = Files.readString(file("HARBOR", ImpactReportWriter.FILES_CSV));

		// when
		run();

		// then
		assertKept("HARBOR");
		assertKept("PRAIRIE");
		assertThat(file("HARBOR", ImpactReportWriter.FILES_CSV)).hasContent(harborFiles);
		assertThat(Files.getLastModifiedTime(file("HARBOR", "indicators.stix.json")))
			.as("the bundles name the run: written every run")
			.isNotEqualTo(LONG_AGO);
		assertThat(Files.readString(this.out.resolve(OutputManifest.FILE))).contains("clients%2FHARBOR%2Ffiles.csv",
				"clients%2FHARBOR%2F.files-fingerprint", "clients%2FPRAIRIE%2Freview.csv",
				"clients%2FPRAIRIE%2Freport.pdf");
	}

	@Test
	void aReviewDecisionRewritesThatClientsReport() throws Exception {
		// given: a confirmation, which changes no file of the client's, only its review
		review(",archive/batch-0.txt,PRAIRIE,confirmed,,");

		// when
		run();

		// then
		assertRewritten("PRAIRIE");
		assertThat(ReportFolders.csv(file("PRAIRIE", ImpactReportWriter.REVIEW_CSV)))
			.anySatisfy((row) -> assertThat(row).startsWith("confirmed", "1"));
		assertKept("HARBOR");
	}

	@Test
	void aRejectionRewritesThatClientsReport() throws Exception {
		// given
		review(",shared/wire-log.txt,PRAIRIE,rejected,internal test wire,");

		// when
		run();

		// then
		assertRewritten("PRAIRIE");
		assertThat(Files.readString(file("PRAIRIE", ImpactReportWriter.REVIEW_CSV))).contains("internal test wire");
		assertThat(Files.readString(file("PRAIRIE", ImpactReportWriter.FILES_CSV))).doesNotContain("wire-log");
		assertKept("HARBOR");
	}

	@Test
	void aChangedRegistryRewritesTheReports() throws Exception {
		// given
		Files.writeString(this.registry,
				TestInventory.REGISTRY.replace("First Harbor Bank,Harbor Bank", "First Harbor Bank,Harbor Bank|FHB"));

		// when
		run();

		// then: the reports show the registry's SHA-256 and the client's aliases
		assertRewritten("HARBOR");
		assertThat(Files.readString(file("HARBOR", ClientReportDocuments.REPORT_HTML))).contains("FHB");
		assertRewritten("PRAIRIE");
	}

	@Test
	void aFilesNewContentRewritesThatClientsReport() throws Exception {
		// given
		Files.writeString(this.inventory.resolve("clients/harbor/outbound/payroll.csv"),
				"name,amount\nJane Roe,120.00\nJohn Poe,99.10\nRichard Roe,5.00\n");

		// when
		run();

		// then
		assertRewritten("HARBOR");
		assertKept("PRAIRIE");
	}

	@Test
	void aNewFileRewritesThatClientsReport() throws Exception {
		// given
		Files.writeString(this.inventory.resolve("clients/harbor/outbound/payroll-2.csv"),
				"name,amount\nMary Major,75.00\n");

		// when
		run();

		// then
		assertRewritten("HARBOR");
		assertThat(Files.readString(file("HARBOR", ImpactReportWriter.FILES_CSV))).contains("payroll-2.csv");
		assertKept("PRAIRIE");
	}

	@Test
	void aChangedPersonRecordRewritesThatClientsReport() throws Exception {
		// given: a person's residence changed behind the tool's back, carried as it is
		// into the next run (the file's content, and so every hash, unchanged)
		String before = Files.readString(file("HARBOR", ImpactReportWriter.PERSONS_BY_STATE_CSV));
		int changed = this.jdbc.update("""
				UPDATE person_record SET residence = 'US-WY' WHERE residence = 'US-NV' AND item_id IN
				(SELECT item_id FROM inventory_item WHERE rel_path = ?)""", MEMBERS);
		assertThat(changed).isPositive();

		// when
		run();

		// then
		assertRewritten("HARBOR");
		assertThat(file("HARBOR", ImpactReportWriter.PERSONS_BY_STATE_CSV)).content()
			.isNotEqualTo(before)
			.contains("US-WY");
		assertKept("PRAIRIE");
	}

	private void review(String row) throws IOException {
		Path review = this.dir.resolve("review.csv");
		Files.writeString(review, "sha256,path,client_id,decision,reason,note\n" + row + "\n");
		this.reviewImporter.importFile(review, CASE, "alice");
	}

	private void assertKept(String client) throws IOException {
		for (String file : KEPT) {
			assertThat(Files.getLastModifiedTime(file(client, file))).as(client + "/" + file).isEqualTo(LONG_AGO);
		}
	}

	private void assertRewritten(String client) throws IOException {
		for (String file : KEPT) {
			assertThat(Files.getLastModifiedTime(file(client, file))).as(client + "/" + file).isNotEqualTo(LONG_AGO);
		}
	}

	private Path file(String client, String name) {
		return this.out.resolve("clients").resolve(client).resolve(name);
	}

	private void run() throws Exception {
		Scanned scanned = scan(new ScanRequest(this.inventory, this.registry, this.out, CASE));
		assertThat(scanned.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		try (Stream<Path> files = Files.list(this.out.resolve("clients"))) {
			assertThat(files.map((folder) -> folder.getFileName().toString())).contains("HARBOR", "PRAIRIE");
		}
	}

}
