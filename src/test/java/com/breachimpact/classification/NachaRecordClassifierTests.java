package com.breachimpact.classification;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link NachaRecordClassifier}.
 */
class NachaRecordClassifierTests {

	private final NachaRecordClassifier classifier = new NachaRecordClassifier(TestRecognizers.EMITTER,
			SensitiveDataClassifier.defaultRecognizers(TestRecognizers.EMITTER));

	@Test
	void eachEntryYieldsAccountRoutingAndName() {
		List<SensitiveFinding> findings = new ArrayList<>();
		NachaFile file = this.classifier.classify(ScanText.of(NachaFixture.LF), findings::add);
		assertThat(file.entries()).hasSize(3);
		List<SensitiveFinding> accounts = findings.stream()
			.filter((finding) -> finding.category() == SensitiveCategory.BANK_ACCOUNT)
			.toList();
		assertThat(accounts).extracting(SensitiveFinding::recordKey)
			.containsExactly("nacha:entry:1", "nacha:entry:2", "nacha:entry:3");
		assertThat(accounts).extracting(SensitiveFinding::maskedValue)
			.containsExactly("********9012", "******3210", "********9012");
		assertThat(accounts.get(0).valueHash())
			.isEqualTo(TestRecognizers.hash(SensitiveCategory.BANK_ACCOUNT, "123456789012"));
		assertThat(accounts.get(0).offset()).isEqualTo(2 * 95 + 12);
		assertThat(accounts.get(0).line()).isEqualTo(3);
		assertThat(findings).filteredOn((finding) -> finding.category() == SensitiveCategory.ROUTING_NUMBER).hasSize(3);
		assertThat(findings).filteredOn((finding) -> finding.category() == SensitiveCategory.PERSON_NAME)
			.extracting(SensitiveFinding::maskedValue)
			.containsExactly("J. Q. D.", "J. S.", "J. Q. D.");
	}

	@Test
	void addendaAreScannedAndTiedToTheirEntry() {
		List<SensitiveFinding> findings = new ArrayList<>();
		this.classifier.classify(ScanText.of(NachaFixture.LF), findings::add);
		assertThat(findings).filteredOn((finding) -> finding.category() == SensitiveCategory.EMAIL_ADDRESS)
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.recordKey()).isEqualTo("nacha:entry:1");
				assertThat(finding.line()).isEqualTo(4);
				assertThat(finding.offset()).isEqualTo(NachaFixture.LF.indexOf("jane.doe@"));
			});
	}

	@Test
	void entryDigitsAreNotMistakenForCardsOrSsns() {
		List<SensitiveFinding> findings = new ArrayList<>();
		this.classifier.classify(ScanText.of(NachaFixture.LF), findings::add);
		assertThat(findings).extracting(SensitiveFinding::category)
			.doesNotContain(SensitiveCategory.PAYMENT_CARD, SensitiveCategory.SSN, SensitiveCategory.PHONE_NUMBER);
	}

}
