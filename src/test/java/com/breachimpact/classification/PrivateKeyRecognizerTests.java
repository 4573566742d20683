package com.breachimpact.classification;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PrivateKeyRecognizer}.
 */
class PrivateKeyRecognizerTests {

	private static final String BODY = "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n"
			+ "VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n";

	private List<SensitiveFinding> scan(String text) {
		return TestRecognizers.scan(PrivateKeyRecognizer::new, text);
	}

	@Test
	void pemBlocksAreFound() {
		String text = "config\n-----BEGIN RSA PRIVATE KEY-----\n" + BODY + "-----END RSA PRIVATE KEY-----\n"
				+ "-----BEGIN PRIVATE KEY-----\n" + BODY + "-----END PRIVATE KEY-----\n"
				+ "-----BEGIN OPENSSH PRIVATE KEY-----\n" + BODY + "-----END OPENSSH PRIVATE KEY-----\n"
				+ "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + BODY + "-----END PGP PRIVATE KEY BLOCK-----\n";
		List<SensitiveFinding> findings = scan(text);
		assertThat(findings).hasSize(4).allSatisfy((finding) -> {
			assertThat(finding.category()).isEqualTo(SensitiveCategory.PRIVATE_KEY);
			assertThat(finding.maskedValue()).isEqualTo("[private key redacted]");
			assertThat(finding.confidence()).isGreaterThan(0.9);
		});
		assertThat(findings.get(0).line()).isEqualTo(2);
		assertThat(findings).extracting(SensitiveFinding::valueHash).containsOnly(findings.get(0).valueHash());
	}

	@Test
	void blockWithoutEndHasLowerConfidence() {
		assertThat(scan("-----BEGIN EC PRIVATE KEY-----\n" + BODY)).singleElement()
			.satisfies((finding) -> assertThat(finding.confidence()).isLessThan(0.9));
	}

	@Test
	void publicKeysCertificatesAndEmptyBlocksAreNotPrivateKeys() {
		assertThat(scan("-----BEGIN PUBLIC KEY-----\n" + BODY + "-----END PUBLIC KEY-----")).isEmpty();
		assertThat(scan("-----BEGIN CERTIFICATE-----\n" + BODY + "-----END CERTIFICATE-----")).isEmpty();
		assertThat(scan("-----BEGIN RSA PRIVATE KEY-----\n-----END RSA PRIVATE KEY-----")).isEmpty();
	}

	@Test
	void manyOpenBlocksStayLinear() {
		String text = "-----BEGIN RSA PRIVATE KEY-----".repeat(100_000);
		long start = System.nanoTime();
		assertThat(scan(text)).isEmpty();
		assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
	}

}
