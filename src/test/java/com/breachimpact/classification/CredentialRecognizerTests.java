package com.breachimpact.classification;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CredentialRecognizer}.
 */
class CredentialRecognizerTests {

	private List<SensitiveFinding> scan(String text) {
		return TestRecognizers.scan(CredentialRecognizer::new, text);
	}

	@Test
	void assignmentsInCommonSyntaxesAreFound() {
		assertThat(scan("spring.datasource.password=Tr0ub4dor&3")).singleElement().satisfies((finding) -> {
			assertThat(finding.category()).isEqualTo(SensitiveCategory.CREDENTIAL);
			assertThat(finding.maskedValue()).isEqualTo("[password redacted]");
			assertThat(finding.valueHash()).isEqualTo(TestRecognizers.hash(SensitiveCategory.CREDENTIAL, "Tr0ub4dor"));
			assertThat(finding.offset()).isEqualTo(27);
		});
		assertThat(scan("  passwd: hunter22")).hasSize(1);
		assertThat(scan("{\"pwd\": \"s3cr3tPass\"}")).hasSize(1);
		assertThat(scan("client_secret = 9f8e7d6c5b4a")).singleElement()
			.satisfies((finding) -> assertThat(finding.maskedValue()).isEqualTo("[secret redacted]"));
		assertThat(scan("API_KEY=abcd1234efgh5678")).singleElement()
			.satisfies((finding) -> assertThat(finding.maskedValue()).isEqualTo("[api key redacted]"));
		assertThat(scan("https://host/login?user=bob&password=Winter2024!")).hasSize(1);
	}

	@Test
	void placeholdersAreSkipped() {
		assertThat(scan("password=********")).isEmpty();
		assertThat(scan("password: ${DB_PASSWORD}")).isEmpty();
		assertThat(scan("password=<password>")).isEmpty();
		assertThat(scan("password: changeme")).isEmpty();
		assertThat(scan("password=$DB_PASS")).isEmpty();
		assertThat(scan("password: null")).isEmpty();
		assertThat(scan("api_key={{ api_key }}")).isEmpty();
	}

	@Test
	void proseAndShortValuesAreNotCredentials() {
		assertThat(scan("Reset your password before Friday.")).isEmpty();
		assertThat(scan("pass: 3 of 5")).isEmpty();
		assertThat(scan("passport=X1234567")).isEmpty();
		assertThat(scan("bypass=enabledNow")).isEmpty();
	}

}
