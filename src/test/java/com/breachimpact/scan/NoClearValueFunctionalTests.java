package com.breachimpact.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.TestInventory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scan seeded with known clear sensitive values leaves none of them in any table of the
 * database, in the log output or in any report file (the PDF reports' text included).
 */
@ExtendWith(OutputCaptureExtension.class)
class NoClearValueFunctionalTests extends PostgresScanTestSupport {

	private static final String SSN = "536-22-4417";

	private static final String CARD = withLuhnDigit("453914880343646");

	private static final String ACCOUNT = "7730019284";

	private static final String PASSWORD = "Sup3rS3cretPw";

	private static final String AWS_KEY = "AKIAZ7Q2M4XK9P3RTW6Y";

	@TempDir
	Path dir;

	@Test
	void noClearSensitiveValueIsStoredLoggedOrReported(CapturedOutput output) throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);
		Files.writeString(inventory.resolve("clients/harbor/outbound/members.csv"), """
				name,ssn,account_number,card_number,dob
				Jane Roe,%s,%s,%s,1980-04-12
				""".formatted(SSN, ACCOUNT, CARD), StandardCharsets.UTF_8);
		Files.writeString(inventory.resolve("clients/harbor/outbound/deploy.env"),
				"db_password=%s%naws_access_key_id=%s%nSSN: %s card %s%n".formatted(PASSWORD, AWS_KEY, SSN,
						CARD.substring(0, 4) + " " + CARD.substring(4, 8) + " " + CARD.substring(8, 12) + " "
								+ CARD.substring(12)),
				StandardCharsets.UTF_8);
		Path out = this.dir.resolve("reports");

		// when
		Scanned scanned = scan(inventory, this.dir.resolve("clients.csv"), out);

		// then
		assertThat(scanned.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("SELECT DISTINCT category FROM sensitive_value_set WHERE run_id = ?",
				String.class, scanned.runId()))
			.as("the seeded values were found, so their absence below means something")
			.contains("SSN", "PAYMENT_CARD", "BANK_ACCOUNT", "CREDENTIAL", "API_TOKEN");
		List<String> clearForms = List.of(SSN, SSN.replace("-", ""), CARD, ACCOUNT, PASSWORD, AWS_KEY);
		for (String table : this.jdbc.queryForList(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", String.class)) {
			String rows = this.jdbc.queryForList("SELECT * FROM " + table).toString();
			for (String clear : clearForms) {
				assertThat(rows).as("table %s", table).doesNotContain(clear);
			}
		}
		for (String clear : clearForms) {
			assertThat(output.getAll()).as("log output").doesNotContain(clear);
		}
		List<Path> reportFiles = reportFiles(out);
		assertThat(reportFiles).isNotEmpty();
		assertThat(reportFiles).filteredOn((file) -> file.toString().endsWith(".pdf"))
			.as("the client's PDF report")
			.isNotEmpty();
		for (Path file : reportFiles) {
			String content = text(file);
			if (file.toString().endsWith(".pdf")) {
				assertThat(content).as("text of %s", file).contains("breach impact report");
			}
			// values broken over lines or cells count too
			String joined = content.replaceAll("\\s+", "");
			for (String clear : clearForms) {
				assertThat(content).as("report %s", file).doesNotContain(clear);
				assertThat(joined).as("report %s without white space", file).doesNotContain(clear);
			}
		}
	}

	private static List<Path> reportFiles(Path out) throws IOException {
		try (Stream<Path> files = Files.walk(out)) {
			return new ArrayList<>(files.filter(Files::isRegularFile).toList());
		}
	}

	/** The file's text: a PDF's as PDFBox extracts it, any other file as written. */
	private static String text(Path file) throws IOException {
		if (!file.toString().endsWith(".pdf")) {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String withLuhnDigit(String prefix) {
		int sum = 0;
		for (int i = 0; i < prefix.length(); i++) {
			int digit = prefix.charAt(prefix.length() - 1 - i) - '0';
			if (i % 2 == 0) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return prefix + (10 - sum % 10) % 10;
	}

}
