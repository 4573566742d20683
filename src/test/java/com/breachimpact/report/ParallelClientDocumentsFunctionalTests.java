package com.breachimpact.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.breachimpact.classification.SeverityPolicy;
import com.breachimpact.indicators.ClientIndicatorFiles;
import com.breachimpact.indicators.IndicatorsProperties;
import com.breachimpact.institution.ClientRegistry;
import com.breachimpact.review.ReviewSummary;
import com.breachimpact.scan.ScanRequest;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.ReportFolders;
import com.breachimpact.support.TestInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clients' documents are rendered on several threads at once, every file they write
 * is on the folder's record in the same order as when one thread writes them all, and a
 * client whose documents fail costs the others nothing.
 */
class ParallelClientDocumentsFunctionalTests extends PostgresScanTestSupport {

	private static final List<String> CLIENTS = List.of("HARBOR", "PRAIRIE", "UNTOUCHED");

	@TempDir
	Path dir;

	@Test
	void documentsOfSeveralClientsAreWrittenAtOnceAndAllRecorded() throws Exception {
		// given: a run with three affected clients, and documents that wait until all
		// three are being written at the same time (they never would on one thread)
		long runId = scanThreeClients();
		CountDownLatch allInProgress = new CountDownLatch(CLIENTS.size());
		Set<String> threads = ConcurrentHashMap.newKeySet();
		ClientReportDocuments documents = new ClientReportDocuments(new ReportTemplates()) {

			@Override
			public boolean writeIfChanged(ClientReport report, ReviewSummary review,
					ClientIndicatorFiles.IndicatorCounts indicators, Path folder, Predicate<Path> writtenBefore)
					throws IOException {
				threads.add(Thread.currentThread().getName());
				allInProgress.countDown();
				try {
					if (!allInProgress.await(60, TimeUnit.SECONDS)) {
						throw new IllegalStateException("the clients' documents are not written at the same time");
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
				return super.writeIfChanged(report, review, indicators, folder, writtenBefore);
			}

		};
		Path parallel = this.dir.resolve("parallel");
		Path sequential = this.dir.resolve("sequential");

		// when
		List<String> affected = writer(3, documents).write(runId, parallel);
		writer(1, null).write(runId, sequential);

		// then
		assertThat(affected).containsExactlyInAnyOrderElementsOf(CLIENTS);
		assertThat(threads).hasSize(3).allMatch((name) -> name.startsWith("report-"));
		assertThat(ReportFolders.rows(parallel.resolve(ImpactReportWriter.REPORT_FAILURES_CSV))).isEmpty();
		List<String> record = Files.readAllLines(parallel.resolve(OutputManifest.FILE));
		for (String client : CLIENTS) {
			assertThat(record).contains("clients%2F" + client + "%2Freport.html",
					"clients%2F" + client + "%2Freport.pdf", "clients%2F" + client + "%2F.report-fingerprint",
					"clients%2F" + client + "%2Freview.csv");
			assertThat(parallel.resolve("clients/" + client + "/report.pdf")).isNotEmptyFile();
		}
		assertThat(record).as("the same files on record, in the same order")
			.isEqualTo(Files.readAllLines(sequential.resolve(OutputManifest.FILE)));
		assertThat(Files.readString(parallel.resolve(NotificationList.FILE)))
			.isEqualTo(Files.readString(sequential.resolve(NotificationList.FILE)));
	}

	@Test
	void aClientWhoseDocumentsFailCostsTheOthersNothing() throws Exception {
		// given
		long runId = scanThreeClients();
		ClientReportDocuments documents = new ClientReportDocuments(new ReportTemplates()) {

			@Override
			public boolean writeIfChanged(ClientReport report, ReviewSummary review,
					ClientIndicatorFiles.IndicatorCounts indicators, Path folder, Predicate<Path> writtenBefore)
					throws IOException {
				if (report.impact().clientId().equals("PRAIRIE")) {
					throw new IOException("disk full");
				}
				return super.writeIfChanged(report, review, indicators, folder, writtenBefore);
			}

		};
		Path reports = this.dir.resolve("reports-one-fails");
		Path sequential = this.dir.resolve("sequential");

		// when
		writer(3, documents).write(runId, reports);
		writer(1, null).write(runId, sequential);

		// then
		assertThat(ReportFolders.column(reports.resolve(ImpactReportWriter.REPORT_FAILURES_CSV), "client_id"))
			.containsExactly("PRAIRIE");
		List<String> record = Files.readAllLines(reports.resolve(OutputManifest.FILE));
		for (String client : List.of("HARBOR", "UNTOUCHED")) {
			assertThat(reports.resolve("clients/" + client + "/report.pdf")).isNotEmptyFile();
			assertThat(record).contains("clients%2F" + client + "%2Freport.pdf",
					"clients%2F" + client + "%2Freview.csv");
		}
		assertThat(reports.resolve("clients/PRAIRIE/report.pdf")).doesNotExist();
		assertThat(record).contains("clients%2FPRAIRIE%2Ffiles.csv").doesNotContain("clients%2FPRAIRIE%2Freport.pdf");
		assertThat(Files.readString(reports.resolve(NotificationList.FILE)))
			.isEqualTo(Files.readString(sequential.resolve(NotificationList.FILE)));
	}

	private long scanThreeClients() throws Exception {
		Path inventory = TestInventory.write(this.dir);
		Files.writeString(inventory.resolve("shared/quiet-lake.txt"),
				"2024-03-02 wire sent via routing 026009593 for Quiet Lake Savings\n");
		Scanned scanned = scan(new ScanRequest(inventory, this.dir.resolve("clients.csv"), this.dir.resolve("scan"),
				"parallel-documents"));
		assertThat(scanned.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return scanned.runId();
	}

	private ImpactReportWriter writer(int threads, ClientReportDocuments documents) throws IOException {
		return new ImpactReportWriter(this.jdbc, ClientRegistry.load(this.dir.resolve("clients.csv")),
				SeverityPolicy.defaults(), false, null, IndicatorsProperties.defaults(), null, threads,
				ReportProperties.defaults(), documents);
	}

}
