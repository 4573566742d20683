package com.breachimpact.classification;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SsnRecognizer}.
 */
class SsnRecognizerTests {

	private List<SensitiveFinding> scan(String text) {
		return TestRecognizers.scan(SsnRecognizer::new, text);
	}

	@Test
	void dashedSsnIsFoundWithoutContext() {
		List<SensitiveFinding> findings = scan("Customer record:\n  id 521-43-8765 on file");
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.category()).isEqualTo(SensitiveCategory.SSN);
			assertThat(finding.maskedValue()).isEqualTo("*****8765");
			assertThat(finding.valueHash()).isEqualTo(TestRecognizers.hash(SensitiveCategory.SSN, "521438765"));
			assertThat(finding.offset()).isEqualTo(22);
			assertThat(finding.line()).isEqualTo(2);
		});
	}

	@Test
	void contextRaisesConfidence() {
		double plain = scan("ref 521-43-8765").get(0).confidence();
		double withContext = scan("SSN: 521-43-8765").get(0).confidence();
		assertThat(withContext).isGreaterThan(plain);
	}

	@Test
	void spacedSsnNeedsContext() {
		assertThat(scan("Social Security No. 521 43 8765")).hasSize(1);
		assertThat(scan("page 521 43 8765")).isEmpty();
	}

	@Test
	void undashedSsnOnlyWithContext() {
		assertThat(scan("SS# 521438765")).singleElement()
			.satisfies((finding) -> assertThat(finding.maskedValue()).isEqualTo("*****8765"));
		assertThat(scan("taxpayer id (TIN) 521438765")).hasSize(1);
		assertThat(scan("routing 021000021 and zip 123456789 and order 521438765")).isEmpty();
		assertThat(scan("521438765")).isEmpty();
	}

	@Test
	void invalidAreaGroupAndSerialAreRejected() {
		assertThat(scan("SSN 000-12-3456")).isEmpty();
		assertThat(scan("SSN 666-12-3456")).isEmpty();
		assertThat(scan("SSN 912-12-3456")).isEmpty();
		assertThat(scan("SSN 521-00-3456")).isEmpty();
		assertThat(scan("SSN 521-43-0000")).isEmpty();
	}

	@Test
	void knownSampleNumbersAreRejected() {
		assertThat(scan("SSN 078-05-1120, SSN 219-09-9999, SSN 123-45-6789, SSN 111-11-1111")).isEmpty();
	}

	@Test
	void mixedSeparatorsAndLongerDigitRunsAreNotSsns() {
		assertThat(scan("SSN 521-43 8765")).isEmpty();
		assertThat(scan("part 1521-43-8765 and 521-43-87650 and 9-521-43-8765")).isEmpty();
	}

	@Test
	void negativeContextLowersConfidenceUnderTheFloor() {
		assertThat(scan("phone 521-43-8765")).isEmpty();
	}

	@Test
	void validityRules() {
		assertThat(SsnRecognizer.isValid("521438765")).isTrue();
		assertThat(SsnRecognizer.isValid("52143876")).isFalse();
		assertThat(SsnRecognizer.isValid("52143876x")).isFalse();
		assertThat(SsnRecognizer.isValid("999999999")).isFalse();
	}

}
