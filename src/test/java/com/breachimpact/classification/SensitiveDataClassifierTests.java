package com.breachimpact.classification;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SensitiveDataClassifier}.
 */
class SensitiveDataClassifierTests {

	private final SensitiveDataClassifier classifier = new SensitiveDataClassifier(TestRecognizers.HASHER);

	@Test
	void freeTextIsCountedPerCategory() {
		String text = """
				Customer Jane Doe, SSN 521-43-8765, DOB: 01/02/1980.
				Her card 4526 0181 5908 3012 and again SSN 521-43-8765.
				Second customer SSN 521-43-8766, cell (212) 736-5000, jane.doe@mailbox.org
				""";
		ClassificationResult result = this.classifier.classify(text, "notes.docx", "application/msword");
		assertThat(result.format()).isEqualTo(StructuredFormat.FREE_TEXT);
		assertThat(result.counts().get(SensitiveCategory.SSN)).isEqualTo(new CategoryCount(3, 2, false));
		assertThat(result.counts().get(SensitiveCategory.PAYMENT_CARD).occurrences()).isOne();
		assertThat(result.counts()).containsKeys(SensitiveCategory.DATE_OF_BIRTH, SensitiveCategory.PHONE_NUMBER,
				SensitiveCategory.EMAIL_ADDRESS);
		assertThat(result.structuredRecords()).isZero();
		assertThat(result.findings()).isSortedAccordingTo((a, b) -> Long.compare(a.offset(), b.offset()));
		assertThat(result.occurrences()).containsEntry(SensitiveCategory.SSN, 3L);
	}

	@Test
	void ssnsOfCsvRecordsAreCountedPerValue() {
		String csv = """
				Name,SSN,Amount
				Jane Doe,521-43-8765,10.00
				J. Doe,521-43-8765,12.00
				Jane Q. Doe,521438765,14.00
				John Smith,521-43-8766,9.00
				""";
		ClassificationResult result = this.classifier.classify(csv, "payments.csv", "text/csv");
		assertThat(result.format()).isEqualTo(StructuredFormat.CSV);
		assertThat(result.structuredRecords()).isEqualTo(4);
		assertThat(result.counts().get(SensitiveCategory.SSN)).isEqualTo(new CategoryCount(4, 2, false));
	}

	@Test
	void nachaEntriesAreReadAsRecords() {
		ClassificationResult result = this.classifier.classify(NachaFixture.LF, "payroll.ach", "text/plain");
		assertThat(result.format()).isEqualTo(StructuredFormat.NACHA);
		assertThat(result.structuredRecords()).isEqualTo(8);
		assertThat(result.counts().get(SensitiveCategory.BANK_ACCOUNT)).isEqualTo(new CategoryCount(3, 2, false));
		assertThat(SeverityPolicy.defaults().decide(result.occurrences()).rule().name())
			.isEqualTo("bank-account-with-routing");
	}

	@Test
	void freeTextInUnclassifiedCsvColumnsIsTiedToItsRow() {
		String csv = """
				Name,SSN,Notes
				Jane Doe,521-43-8765,"new card 4526 0181 5908 3012, SSN 521-43-8765"
				""";
		ClassificationResult result = this.classifier.classify(csv, "a.csv", "text/csv");
		assertThat(result.findings()).extracting(SensitiveFinding::recordKey).containsOnly("csv:row:1");
		assertThat(result.counts().get(SensitiveCategory.SSN).occurrences()).as("column cell not counted twice")
			.isEqualTo(2);
		assertThat(result.counts()).containsKey(SensitiveCategory.PAYMENT_CARD);
	}

	@Test
	void truncatedTextMarksEveryCategoryPossiblyIncomplete() {
		ClassificationResult result = this.classifier.classify("SSN 521-43-8765 jane.doe@mailbox.org", "x.txt",
				"text/plain", true);
		assertThat(result.truncated()).isTrue();
		assertThat(result.counts()).hasSize(2)
			.allSatisfy((category, count) -> assertThat(count.possiblyIncomplete()).isTrue());
		assertThat(this.classifier.classify("SSN 521-43-8765", "x.txt", "text/plain").counts())
			.allSatisfy((category, count) -> assertThat(count.possiblyIncomplete()).isFalse());
	}

	@Test
	void retentionLimitKeepsCountsWhole() {
		SensitiveDataClassifier limited = new SensitiveDataClassifier(TestRecognizers.HASHER, 0.5, 2);
		ClassificationResult result = limited.classify("SSN 521-43-8765\n".repeat(5), null, null);
		assertThat(result.findings()).hasSize(2);
		assertThat(result.findingsOmitted()).isEqualTo(3);
		assertThat(result.counts().get(SensitiveCategory.SSN).occurrences()).isEqualTo(5);
	}

	@Test
	void nothingFoundInPlainProse() {
		ClassificationResult result = this.classifier.classify(
				"The quarterly meeting moved to room 204. Call extension 5521 with questions.", "memo.txt",
				"text/plain");
		assertThat(result.hasFindings()).isFalse();
		assertThat(SeverityPolicy.defaults().decide(result.occurrences()).severity()).isEqualTo(Severity.INFORMATIONAL);
	}

	@Test
	void noClearValueAnywhere() throws Exception {
		List<String> clearValues = List.of("521-43-8765", "521438765", "4526018159083012", "4526 0181 5908 3012",
				"000123456789", "123456789012", "1980-01-02", "01/02/1980", "Tr0ub4dor9x", "AKIAQ3EGRJ5LMNOP7XYZ",
				"jane.doe@mailbox.org", "jane.doe", "2127365000", "736-5000", "JANE Q DOE", "Jane", "DOE", "021000021",
				"5182199351819098", "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5");
		String freeText = """
				Jane Doe, SSN 521-43-8765, DOB 01/02/1980, card 4526 0181 5908 3012,
				acct no 000123456789, password=Tr0ub4dor9x, key AKIAQ3EGRJ5LMNOP7XYZ,
				jane.doe@mailbox.org, phone (212) 736-5000, ;5182199351819098=27121010000012300?
				token ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5
				""";
		String csv = """
				First Name,Last Name,SSN,DOB,Account,Email
				Jane,Doe,521-43-8765,1980-01-02,000123456789,jane.doe@mailbox.org
				""";
		List<ClassificationResult> results = List.of(this.classifier.classify(freeText, "a.txt", "text/plain"),
				this.classifier.classify(csv, "a.csv", "text/csv"),
				this.classifier.classify(NachaFixture.LF, "a.ach", null));
		List<String> shown = new ArrayList<>();
		for (ClassificationResult result : results) {
			assertThat(result.findings()).isNotEmpty();
			shown.add(result.toString());
			for (SensitiveFinding finding : result.findings()) {
				shown.add(finding.toString());
				for (RecordComponent component : SensitiveFinding.class.getRecordComponents()) {
					shown.add(String.valueOf(component.getAccessor().invoke(finding)));
				}
			}
		}
		assertThat(results.get(0).counts()).containsKeys(SensitiveCategory.SSN, SensitiveCategory.PAYMENT_CARD,
				SensitiveCategory.TRACK_DATA, SensitiveCategory.BANK_ACCOUNT, SensitiveCategory.DATE_OF_BIRTH,
				SensitiveCategory.CREDENTIAL, SensitiveCategory.API_TOKEN, SensitiveCategory.EMAIL_ADDRESS,
				SensitiveCategory.PHONE_NUMBER);
		for (String text : shown) {
			for (String clear : clearValues) {
				assertThat(text.toLowerCase()).as("a shown field").doesNotContain(clear.toLowerCase());
			}
		}
	}

	@Test
	void concurrentCallsGiveTheSameResults() throws Exception {
		String text = RecordClassifierTests.CUSTOMERS;
		ClassificationResult expected = this.classifier.classify(text, "c.csv", "text/csv");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<ClassificationResult>> calls = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				calls.add(() -> this.classifier.classify(text, "c.csv", "text/csv"));
			}
			for (Future<ClassificationResult> future : pool.invokeAll(calls)) {
				assertThat(future.get()).isEqualTo(expected);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
