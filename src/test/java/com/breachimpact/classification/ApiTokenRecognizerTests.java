package com.breachimpact.classification;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ApiTokenRecognizer}.
 */
class ApiTokenRecognizerTests {

	private List<SensitiveFinding> scan(String text) {
		return TestRecognizers.scan(ApiTokenRecognizer::new, text);
	}

	@Test
	void wellKnownShapesAreFound() {
		String text = String.join("\n", "aws_access_key_id = AKIAQ3EGRJ5LMNOP7XYZ",
				"token ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5", "SLACK=xoxb-2048-1337-AbCdEfGhIjKlMnOpQrStUvWx",
				"stripe: sk_live_4eC39HqLyjWDarjtT1zdp7dc",
				"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U");
		List<SensitiveFinding> findings = scan(text);
		assertThat(findings).extracting(SensitiveFinding::maskedValue)
			.containsExactly("[aws access key id redacted]", "[github token redacted]", "[slack token redacted]",
					"[stripe key redacted]", "[json web token redacted]");
		assertThat(findings).extracting(SensitiveFinding::line).containsExactly(1, 2, 3, 4, 5);
		assertThat(findings.get(0).valueHash())
			.isEqualTo(TestRecognizers.hash(SensitiveCategory.API_TOKEN, "AKIAQ3EGRJ5LMNOP7XYZ"));
	}

	@Test
	void decoysAreRejected() {
		assertThat(scan("AKIA1234")).as("too short").isEmpty();
		assertThat(scan("XAKIAQ3EGRJ5LMNOP7XYZ")).as("inside a word").isEmpty();
		assertThat(scan("AKIAQ3EGRJ5LMNOP7XYZQ")).as("too long").isEmpty();
		assertThat(scan("ghp_short")).isEmpty();
		assertThat(scan("sk_test_4eC39HqLyjWDarjtT1zdp7dc")).as("test key").isEmpty();
		assertThat(scan("eyJhbGciOiJIUzI1NiJ9 alone")).isEmpty();
		assertThat(scan("xoxz-2048-1337-AbCdEfGh")).isEmpty();
	}

}
