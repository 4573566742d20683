package com.breachimpact.classification;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LabelledValueReader} through {@link SensitiveDataClassifier}: labelled
 * values in prose, labels from the column word list.
 */
class LabelledValueReaderTests {

	private final SensitiveDataClassifier classifier = new SensitiveDataClassifier(TestRecognizers.HASHER);

	private Set<String> hashes(ClassificationResult result, SensitiveCategory category) {
		return result.findings()
			.stream()
			.filter((finding) -> finding.category() == category)
			.map(SensitiveFinding::valueHash)
			.collect(Collectors.toSet());
	}

	@Test
	void labelledValuesInProseAreFoundOnceEach() {
		String text = """
				Caller verified identity. DOB: 04/04/1958, Date of birth 1961-07-30 for the spouse.
				Account Number: 12345678 and Acct #: 87654321; SSN: 521-43-8765.
				Acct. No. 44556677 was closed.
				""";
		ClassificationResult result = this.classifier.classify(text, "call-notes.txt", "text/plain");
		assertThat(hashes(result, SensitiveCategory.DATE_OF_BIRTH)).containsExactlyInAnyOrder(
				TestRecognizers.hash(SensitiveCategory.DATE_OF_BIRTH, "1958-04-04"),
				TestRecognizers.hash(SensitiveCategory.DATE_OF_BIRTH, "1961-07-30"));
		assertThat(hashes(result, SensitiveCategory.BANK_ACCOUNT)).containsExactlyInAnyOrder(
				TestRecognizers.hash(SensitiveCategory.BANK_ACCOUNT, "12345678"),
				TestRecognizers.hash(SensitiveCategory.BANK_ACCOUNT, "87654321"),
				TestRecognizers.hash(SensitiveCategory.BANK_ACCOUNT, "44556677"));
		assertThat(result.occurrences()).containsEntry(SensitiveCategory.BANK_ACCOUNT, 3L)
			.containsEntry(SensitiveCategory.DATE_OF_BIRTH, 2L)
			.containsEntry(SensitiveCategory.SSN, 1L);
	}

	@Test
	void maskedAndPartialValuesCountAsMasked() {
		String text = """
				Payment from acct ending 4821 was returned. Card ending in 9921.
				Account: ****4821, SSN: XXX-XX-6789, account number last 4 7781.
				""";
		ClassificationResult result = this.classifier.classify(text, "mail.txt", "text/plain");
		assertThat(result.counts()).doesNotContainKeys(SensitiveCategory.BANK_ACCOUNT, SensitiveCategory.SSN,
				SensitiveCategory.PAYMENT_CARD);
	}

	@Test
	void otherLabelsAndDatesAreNotAccounts() {
		String text = """
				Account balance: 12345678. Account opened 2019-04-01.
				Deposit accounts as of 2024-03-19
				Reference ID: 99887766
				""";
		ClassificationResult result = this.classifier.classify(text, "summary.txt", "text/plain");
		assertThat(result.counts()).doesNotContainKeys(SensitiveCategory.BANK_ACCOUNT, SensitiveCategory.DATE_OF_BIRTH);
	}

	@Test
	void implausibleBirthDatesAreNotBirthDates() {
		String text = "DOB: 02/30/1958. DOB: 01/01/1850. DOB: 01/01/2999.";
		ClassificationResult result = this.classifier.classify(text, "notes.txt", "text/plain");
		assertThat(result.counts()).doesNotContainKey(SensitiveCategory.DATE_OF_BIRTH);
	}

	@Test
	void aNameACaseAddsIsALabelInProse() {
		ColumnVocabulary vocabulary = new ClassificationProperties(
				Map.of(ColumnKind.DATE_OF_BIRTH, List.of("geb_datum"), ColumnKind.BANK_ACCOUNT, List.of("kontonummer")))
			.vocabulary();
		SensitiveDataClassifier extended = new SensitiveDataClassifier(TestRecognizers.HASHER,
				FindingEmitter.DEFAULT_FLOOR, SensitiveDataClassifier.DEFAULT_MAX_RETAINED_FINDINGS, vocabulary);
		String text = "Kunde Muster, Geb_Datum: 1958-04-04, Kontonummer 99123456.";
		assertThat(this.classifier.classify(text, "brief.txt", "text/plain").counts())
			.doesNotContainKeys(SensitiveCategory.DATE_OF_BIRTH, SensitiveCategory.BANK_ACCOUNT);
		ClassificationResult result = extended.classify(text, "brief.txt", "text/plain");
		assertThat(hashes(result, SensitiveCategory.DATE_OF_BIRTH))
			.containsExactly(TestRecognizers.hash(SensitiveCategory.DATE_OF_BIRTH, "1958-04-04"));
		assertThat(hashes(result, SensitiveCategory.BANK_ACCOUNT))
			.containsExactly(TestRecognizers.hash(SensitiveCategory.BANK_ACCOUNT, "99123456"));
	}

}
