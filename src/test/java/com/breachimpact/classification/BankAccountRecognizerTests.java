package com.breachimpact.classification;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link BankAccountRecognizer}.
 */
class BankAccountRecognizerTests {

	private List<SensitiveFinding> scan(String text) {
		return TestRecognizers.scan(BankAccountRecognizer::new, text);
	}

	@Test
	void accountNumberAfterContextWordIsFound() {
		List<SensitiveFinding> findings = scan("Please debit Acct No: 000123456789 monthly.");
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.category()).isEqualTo(SensitiveCategory.BANK_ACCOUNT);
			assertThat(finding.maskedValue()).isEqualTo("********6789");
			assertThat(finding.valueHash())
				.isEqualTo(TestRecognizers.hash(SensitiveCategory.BANK_ACCOUNT, "000123456789"));
			assertThat(finding.offset()).isEqualTo(22);
			assertThat(finding.confidence()).isGreaterThanOrEqualTo(0.8);
		});
	}

	@Test
	void contextWordsOfEveryKindWork() {
		assertThat(scan("checking 5566778899")).hasSize(1);
		assertThat(scan("savings account # 44-556677")).singleElement()
			.satisfies((finding) -> assertThat(finding.valueHash())
				.isEqualTo(TestRecognizers.hash(SensitiveCategory.BANK_ACCOUNT, "44556677")));
		assertThat(scan("DDA 12345678")).hasSize(1);
		assertThat(scan("a/c 87654321")).hasSize(1);
	}

	@Test
	void routingNumberNearTheAccountIsReported() {
		List<SensitiveFinding> findings = scan("ABA routing 021000021, account number 123456789012");
		assertThat(findings).extracting(SensitiveFinding::category)
			.containsExactly(SensitiveCategory.BANK_ACCOUNT, SensitiveCategory.ROUTING_NUMBER);
		assertThat(findings.get(1).maskedValue()).isEqualTo("*****0021");
	}

	@Test
	void decoysAreRejected() {
		assertThat(scan("account balance $1,234.56")).isEmpty();
		assertThat(scan("account opened 12/05/2019")).isEmpty();
		assertThat(scan("account routing number 021000021")).isEmpty();
		assertThat(scan("account 12")).as("too short").isEmpty();
		assertThat(scan("account 123456789012345678")).as("too long").isEmpty();
		assertThat(scan("account 2019abc")).isEmpty();
		assertThat(scan("accountant 12345678")).as("not the word").isEmpty();
		assertThat(scan("the 12345678 account")).as("number before the word").isEmpty();
		assertThat(scan("account 00000000")).isEmpty();
	}

	@Test
	void numberFarFromTheWordIsNotTaken() {
		assertThat(scan("account" + " ".repeat(40) + "12345678")).isEmpty();
	}

}
