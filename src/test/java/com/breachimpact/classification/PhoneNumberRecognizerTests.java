package com.breachimpact.classification;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PhoneNumberRecognizer}.
 */
class PhoneNumberRecognizerTests {

	private List<SensitiveFinding> scan(String text) {
		return TestRecognizers.scan(PhoneNumberRecognizer::new, text);
	}

	@Test
	void formattedNumbersAreFound() {
		List<SensitiveFinding> findings = scan(
				"cell (212) 736-5000; home 415-867-5309, +1 312.555.2368 and 1-646-222-3434");
		assertThat(findings).extracting(SensitiveFinding::maskedValue)
			.containsExactly("******5000", "******5309", "******2368", "******3434");
		assertThat(findings.get(0).valueHash())
			.isEqualTo(TestRecognizers.hash(SensitiveCategory.PHONE_NUMBER, "2127365000"));
		assertThat(findings.get(0).confidence()).isGreaterThan(0.8);
	}

	@Test
	void invalidAreaAndExchangeCodesAreRejected() {
		assertThat(scan("tel 123-456-7890")).as("area starts with 1").isEmpty();
		assertThat(scan("tel 911-456-7890")).as("N11 area").isEmpty();
		assertThat(scan("tel 295-456-7890")).as("N9X area").isEmpty();
		assertThat(scan("tel 212-055-7890")).as("exchange starts with 0").isEmpty();
		assertThat(scan("tel 212-411-7890")).as("N11 exchange").isEmpty();
		assertThat(scan("tel 212-555-0123")).as("fictional").isEmpty();
	}

	@Test
	void unformattedAndLongerRunsAreNotPhones() {
		assertThat(scan("tel 2127365000")).isEmpty();
		assertThat(scan("id 212-736-5000-12")).isEmpty();
		assertThat(scan("v 3.212.736.5000")).isEmpty();
	}

	@Test
	void negativeContextLowersConfidenceUnderTheFloor() {
		assertThat(scan("order 212-736-5000")).isEmpty();
	}

}
