package com.breachimpact.classification;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RecordClassifier}.
 */
class RecordClassifierTests {

	static final String CUSTOMERS = """
			First Name,Last Name,SSN,DOB,Account Number,Routing,Email,Phone,Card Number,Notes
			Jane,Doe,521-43-8765,1980-01-02,123456789012,021000021,jane.doe@mailbox.org,(212) 736-5000,4526018159083012,VIP
			John,Smith,not given,13/45/1990,12,021000022,none,555,4414852538885390,"call him, maybe"
			\"Mary \"\"May\"\"\",Jones,521438766,03/04/1975,9876-5432-10,011000015,MJones@corp-mail.com,+1 415 867 5309,,
			""";

	private final RecordClassifier classifier = new RecordClassifier(TestRecognizers.EMITTER, 2025);

	private List<SensitiveFinding> classify(String text) {
		List<SensitiveFinding> findings = new ArrayList<>();
		this.classifier.classify(ScanText.of(text), findings::add);
		return findings;
	}

	@Test
	void headerIsRecognized() {
		assertThat(DelimitedTableReader.hasHeader(CUSTOMERS)).isTrue();
		assertThat(DelimitedTableReader.hasHeader("a,b,c\n1,2,3\n")).as("no known column").isFalse();
		assertThat(DelimitedTableReader.hasHeader("123456789,SSN\n")).as("numeric header").isFalse();
		assertThat(DelimitedTableReader.hasHeader("Dear customer, your account is ready.\nRegards")).isFalse();
	}

	@Test
	void validCellsOfClassifiedColumnsAreReported() {
		List<SensitiveFinding> row1 = classify(CUSTOMERS).stream()
			.filter((finding) -> "csv:row:1".equals(finding.recordKey()))
			.toList();
		assertThat(row1).extracting(SensitiveFinding::category)
			.containsExactly(SensitiveCategory.SSN, SensitiveCategory.DATE_OF_BIRTH, SensitiveCategory.BANK_ACCOUNT,
					SensitiveCategory.ROUTING_NUMBER, SensitiveCategory.EMAIL_ADDRESS, SensitiveCategory.PHONE_NUMBER,
					SensitiveCategory.PAYMENT_CARD, SensitiveCategory.PERSON_NAME);
		assertThat(row1.get(0).valueHash()).isEqualTo(TestRecognizers.hash(SensitiveCategory.SSN, "521438765"));
		assertThat(row1.get(0).line()).isEqualTo(2);
		assertThat(row1.get(0).offset()).isEqualTo(CUSTOMERS.indexOf("521-43-8765"));
		assertThat(row1.get(7).maskedValue()).isEqualTo("J. D.");
		assertThat(row1.get(7).valueHash()).isEqualTo(TestRecognizers.hash(SensitiveCategory.PERSON_NAME, "JANE DOE"));
	}

	@Test
	void invalidCellsAreNotReported() {
		List<SensitiveFinding> row2 = classify(CUSTOMERS).stream()
			.filter((finding) -> "csv:row:2".equals(finding.recordKey()))
			.toList();
		assertThat(row2).extracting(SensitiveFinding::category).containsExactly(SensitiveCategory.PERSON_NAME);
	}

	@Test
	void quotedCellsAndSeparatorsAreHandled() {
		List<SensitiveFinding> row3 = classify(CUSTOMERS).stream()
			.filter((finding) -> "csv:row:3".equals(finding.recordKey()))
			.toList();
		assertThat(row3).extracting(SensitiveFinding::category)
			.containsExactly(SensitiveCategory.SSN, SensitiveCategory.DATE_OF_BIRTH, SensitiveCategory.BANK_ACCOUNT,
					SensitiveCategory.ROUTING_NUMBER, SensitiveCategory.EMAIL_ADDRESS, SensitiveCategory.PHONE_NUMBER,
					SensitiveCategory.PERSON_NAME);
		assertThat(row3.get(2).valueHash())
			.isEqualTo(TestRecognizers.hash(SensitiveCategory.BANK_ACCOUNT, "9876543210"));
		assertThat(row3.get(4).valueHash())
			.isEqualTo(TestRecognizers.hash(SensitiveCategory.EMAIL_ADDRESS, "mjones@corp-mail.com"));
		assertThat(row3.get(6).valueHash())
			.isEqualTo(TestRecognizers.hash(SensitiveCategory.PERSON_NAME, "MARY JONES"));
	}

	@Test
	void tableTellsRowsAndClassifiedSpans() {
		RecordClassifier.RecordSpans table = this.classifier.classify(ScanText.of(CUSTOMERS), (finding) -> {
		});
		assertThat(table.rows()).isEqualTo(3);
		assertThat(table.rowOf(CUSTOMERS.indexOf("VIP"))).isEqualTo(1);
		assertThat(table.rowOf(CUSTOMERS.indexOf("call him"))).isEqualTo(2);
		assertThat(table.rowOf(3)).isZero();
		assertThat(table.inClassifiedCell(CUSTOMERS.indexOf("521-43-8765") + 2)).isTrue();
		assertThat(table.inClassifiedCell(CUSTOMERS.indexOf("VIP"))).isFalse();
	}

	@Test
	void otherDelimitersAreGuessed() {
		String tsv = "Name\tSSN\nJane Doe\t521-43-8765\n";
		assertThat(classify(tsv)).extracting(SensitiveFinding::category)
			.containsExactly(SensitiveCategory.PERSON_NAME, SensitiveCategory.SSN);
		String piped = "name|acct\nJane Doe|55667788\n";
		assertThat(classify(piped)).extracting(SensitiveFinding::category)
			.containsExactly(SensitiveCategory.PERSON_NAME, SensitiveCategory.BANK_ACCOUNT);
	}

}
