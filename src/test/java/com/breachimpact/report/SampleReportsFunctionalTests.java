package com.breachimpact.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import com.breachimpact.institution.Client;
import com.breachimpact.institution.ClientRegistry;
import com.breachimpact.protection.Masking;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.ReportFolders;
import com.breachimpact.support.SampleExpectations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports of a scan of the bundled sample inventory: each client's HTML page, PDF and
 * CSV files hold what a reader needs and nothing of any other client; the case summary
 * and the notification list cover every client.
 * <p>
 * Isolation rule: no file of a client's folder may name another client (legal name or
 * alias, case-insensitive), carry its client id as a token, any of its registry
 * identifiers (clear, or masked to the last four unless the masked form is also one of
 * the owner's own), its e-mail domains or its platform folders, with one exception: the
 * path of a file attributed to the owner, and the names of members inside such a file,
 * are shown as they are, even when they name another client (a file of
 * {@code clients/firstharbor/} that pays a Heritage account is in Heritage's report under
 * that path, and its base name is the name of its STIX indicator).
 */
class SampleReportsFunctionalTests extends PostgresScanTestSupport {

	private static final Path INVENTORY = SampleExpectations.SAMPLES.resolve("inventory");

	private static final Path REGISTRY = SampleExpectations.SAMPLES.resolve("clients.csv");

	private static final String RECONCILIATION = "files in 29 = analysed 26 + failed 3 (corrupt 1, empty 1, encrypted 1)";

	@TempDir
	Path out;

	@Test
	void eachClientReportHoldsItsOwnDataOnlyAndCaseReportsCoverEveryClient() throws Exception {
		Scanned scanned = scan(INVENTORY, REGISTRY, this.out);
		assertThat(scanned.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		ClientRegistry registry = ClientRegistry.load(REGISTRY);
		Map<String, Set<String>> expected = SampleExpectations.expectedClients();
		List<String> affected = ReportFolders.column(this.out.resolve("summary.csv"), "client_id");
		assertThat(affected).hasSize(9).doesNotContain("MSBT");
		int checkedFiles = 0;
		for (String owner : affected) {
			Path folder = ClientFolders.folder(this.out, owner);
			assertThat(folder.resolve("report.html")).exists();
			assertThat(folder.resolve("report.pdf")).exists();
			List<String> allowedPaths = allowedPaths(owner, expected);
			for (Path file : filesOf(folder)) {
				assertThat(Files.getPosixFilePermissions(file)).as(file.toString())
					.isEqualTo(PosixFilePermissions.fromString("rw-------"));
				String text = ReportText.of(file) + " " + ReportText.source(file);
				for (String allowed : allowedPaths) {
					text = text.replace(allowed, " ");
				}
				for (Client other : registry.clients()) {
					if (!other.clientId().equals(owner)) {
						assertThat(leaks(text, other, registry.find(owner).orElseThrow()))
							.as("%s of %s names client %s", folder.relativize(file), owner, other.clientId())
							.isEmpty();
					}
				}
				checkedFiles++;
			}
		}
		assertThat(checkedFiles)
			.as("files.csv, categories.csv, review.csv, report.html, report.pdf, "
					+ "indicators.stix.json, indicators.delta.stix.json, hashes.csv, credentials_to_rotate.csv, "
					+ "persons_by_state.csv, obligations.csv, .report-fingerprint and .files-fingerprint of 9 clients")
			.isEqualTo(9 * 13);

		assertClientReport(scanned.runId(), registry.find("PGCU").orElseThrow(), expected);
		assertSummaryPage(affected);
		assertNotificationList();
	}

	private void assertClientReport(long runId, Client client, Map<String, Set<String>> expected) throws Exception {
		Path folder = ClientFolders.folder(this.out, client.clientId());
		List<String> paths = expected.entrySet()
			.stream()
			.filter((file) -> file.getValue().contains(client.clientId()))
			.map(Map.Entry::getKey)
			.toList();
		List<String[]> categories = ReportFolders.rows(folder.resolve("categories.csv"));
		String ssnDistinct = categories.stream().filter((row) -> row[0].equals("SSN")).findFirst().orElseThrow()[2];
		String registrySha256 = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(REGISTRY)));
		for (String form : List.of("report.html", "report.pdf")) {
			String text = ReportText.of(folder.resolve(form));
			assertThat(text).as(form)
				.contains("Prairie Gold Credit Union", "client id PGCU", "NOTIFY", "rule ssn",
						"Social Security numbers", "Why: the rule fired on", Masking.lastFour("304011863"),
						Masking.lastFour("549300PG7CU1N8ZT3W84"), "prairiegoldcu.example", "clients/prairiegold")
				.contains("Affected files (" + paths.size() + ")")
				.contains(paths)
				.contains("Social Security numbers " + ReportFolders.rows(folder.resolve("categories.csv"))
					.stream()
					.filter((row) -> row[0].equals("SSN"))
					.findFirst()
					.orElseThrow()[1] + " " + ssnDistinct)
				.contains("New since previous run", "Run " + runId + ".", "first completed run of the case")
				.contains("Registry SHA-256 " + registrySha256, "Reconciliation " + RECONCILIATION,
						"Inventory root " + INVENTORY.toAbsolutePath().normalize())
				.contains("Attributed on client's platform folder")
				.contains("Notification obligations", "Individuals per legal combination of data elements",
						"Thresholds and deadlines")
				.doesNotContain("304011863");
		}
		List<String[]> byState = ReportFolders.rows(folder.resolve("persons_by_state.csv"));
		String[] total = byState.get(byState.size() - 1);
		assertThat(total[0]).isEqualTo("total");
		assertThat(byState.subList(0, byState.size() - 1).stream().mapToLong((row) -> Long.parseLong(row[2])).sum())
			.isEqualTo(Long.parseLong(total[2]));
		assertThat(Long.parseLong(total[3])).isPositive();
		assertThat(ReportFolders.column(folder.resolve("obligations.csv"), "jurisdiction")).contains("us-fl-ag",
				"us-tx-ag", "us-ca-ag", "ftc-safeguards", "nydfs-500-17", "gdpr-art-33");
		String html = Files.readString(folder.resolve("report.html"));
		// table cells wrap in the PDF: the authorities are checked on the page
		assertThat(html).contains("Texas Attorney General", "23 NYCRR", "not met");
		assertThat(html).contains("<svg", "@media print", "<style>")
			.doesNotContainPattern(Pattern.compile("(src|href)\\s*=", Pattern.CASE_INSENSITIVE))
			.doesNotContain("<link", "<script", "@import", "url(");
	}

	private void assertSummaryPage(List<String> affected) {
		String summary = ReportText.of(this.out.resolve("summary.html"));
		int last = -1;
		for (String clientId : affected) {
			int at = summary.indexOf(" " + clientId + " ");
			assertThat(at).as(clientId).isGreaterThan(last);
			last = at;
		}
		assertThat(summary).contains("Reconciliation: " + RECONCILIATION)
			.contains("Affected clients Notify Review Informational")
			.contains("archive/corrupt/board_minutes_final.docx failed corrupt",
					"archive/empty_upload_20240301.csv failed empty",
					"archive/locked/statement_keystone_protected.pdf failed encrypted")
			.contains("Unknown institution identifiers ("
					+ ReportFolders.rows(this.out.resolve("unknown_identifiers.csv")).size() + ")");
		String html = ReportText.source(this.out.resolve("summary.html"));
		assertThat(html).contains("href=\"clients/PGCU/report.html\"", "href=\"clients/PGCU/report.pdf\"");
	}

	private void assertNotificationList() {
		List<String[]> summary = ReportFolders.rows(this.out.resolve("summary.csv"));
		List<String> notify = summary.stream().filter((row) -> row[2].equals("notify")).map((row) -> row[0]).toList();
		assertThat(notify).isNotEmpty();
		Path list = this.out.resolve("notification_list.csv");
		assertThat(ReportFolders.column(list, "client_id")).isEqualTo(notify);
		String[] pgcu = ReportFolders.rows(list)
			.stream()
			.filter((row) -> row[0].equals("PGCU"))
			.findFirst()
			.orElseThrow();
		assertThat(List.of(ReportFolders.csv(list).get(0))).containsExactly("client_id", "legal_name", "severity_rule",
				"affected_files", "estimated_individuals", "categories_exposed", "ssn_distinct",
				"payment_card_distinct", "bank_account_distinct", "first_file_time", "last_file_time", "report_html",
				"report_pdf", "indicators", "credentials_to_rotate", "indicators_stix", "notifiable_persons",
				"earliest_deadline");
		assertThat(pgcu[1]).isEqualTo("Prairie Gold Credit Union");
		assertThat(pgcu[5]).contains("Social Security numbers").contains(" and ");
		assertThat(Long.parseLong(pgcu[6])).isPositive();
		assertThat(pgcu[9]).isNotEmpty();
		assertThat(this.out.resolve(pgcu[12])).exists();
	}

	/** What of another client a report text shows. */
	private static List<String> leaks(String text, Client other, Client owner) {
		String lower = text.toLowerCase(Locale.ROOT);
		List<String> leaks = new ArrayList<>();
		Set<String> words = new LinkedHashSet<>();
		words.add(other.legalName());
		words.addAll(other.aliases());
		words.addAll(other.emailDomains());
		words.addAll(other.sftpFolders());
		Set<String> ownMasked = new LinkedHashSet<>();
		Stream.of(owner.abaRoutings(), owner.bics(), owner.leis())
			.flatMap(List::stream)
			.forEach((value) -> ownMasked.add(Masking.lastFour(value)));
		Stream.of(other.abaRoutings(), other.bics(), other.leis()).flatMap(List::stream).forEach((value) -> {
			words.add(value);
			if (!ownMasked.contains(Masking.lastFour(value))) {
				words.add(Masking.lastFour(value));
			}
		});
		for (String word : words) {
			if (lower.contains(word.toLowerCase(Locale.ROOT))) {
				leaks.add(word);
			}
		}
		if (Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(other.clientId()) + "(?![A-Za-z0-9])")
			.matcher(text)
			.find()) {
			leaks.add(other.clientId());
		}
		return leaks;
	}

	/**
	 * The owner's file paths, longest first, with the names of the members of its zip
	 * files.
	 */
	private static List<String> allowedPaths(String owner, Map<String, Set<String>> expected) throws IOException {
		List<String> allowed = new ArrayList<>();
		for (Map.Entry<String, Set<String>> file : expected.entrySet()) {
			if (file.getValue().contains(owner)) {
				allowed.add(file.getKey());
				// the STIX indicators name a file by its base name only
				allowed.add(file.getKey().substring(file.getKey().lastIndexOf('/') + 1));
				if (file.getKey().endsWith(".zip")) {
					try (ZipFile zip = new ZipFile(INVENTORY.resolve(file.getKey()).toFile())) {
						zip.stream().forEach((entry) -> allowed.add(entry.getName()));
					}
				}
			}
		}
		allowed.sort((a, b) -> Integer.compare(b.length(), a.length()));
		return allowed;
	}

	private static List<Path> filesOf(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}

}
