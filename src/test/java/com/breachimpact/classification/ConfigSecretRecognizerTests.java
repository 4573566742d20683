package com.breachimpact.classification;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ConfigSecretRecognizer}, alone and with the other recognizers.
 */
class ConfigSecretRecognizerTests {

	private static final String CONFIG = """
			<configuration>
			  <appSettings>
			    <add key="DbPassword" value="Xy7!kLm9q" />
			    <add key="ApiKey" value="${API_KEY}" />
			    <add key="SmtpPassword" value="" />
			  </appSettings>
			  <password>S3cr3t-Pa55</password>
			  <client_secret>****</client_secret>
			  <token><token></token>
			</configuration>
			db.url=postgres://svc_ledger:L3dg3r!pw@db01.bank.example:5432/ledger
			backup=postgres://svc_backup:changeme@db02.bank.example/ledger
			token: ghx7Yt5Lm0Pq2Rs8Tu1Vw3
			private_key = /etc/keys/sftp.pem
			machine sftp.partner.example login bankuser password N3tRc!pw
			machine other.example login x password ${NETRC_PW}
			""";

	private static final String PPK = """
			PuTTY-User-Key-File-2: ssh-rsa
			Encryption: none
			Comment: ops@jump01.bank.example
			Public-Lines: 2
			AAAAB3NzaC1yc2EAAAABJQAAAQEAhW
			AAAAB3NzaC1yc2EAAAABJQAAAQEAhW
			Private-Lines: 2
			AAABAGm0b8Xy7kLm9qS3cr3tPa55Qw3
			Zx0Yy1Ww2Vv3Uu4Tt5Ss6Rr7Qq8Pp9Oo
			Private-MAC: 0123456789abcdef
			""";

	@Test
	void secretsOfConfigFilesWithTheirAccountAndHost() {
		List<SensitiveFinding> findings = TestRecognizers.scan(ConfigSecretRecognizer::new, CONFIG);
		assertThat(findings).extracting(SensitiveFinding::valueHash)
			.containsExactly(TestRecognizers.hash(SensitiveCategory.CREDENTIAL, "Xy7!kLm9q"),
					TestRecognizers.hash(SensitiveCategory.CREDENTIAL, "S3cr3t-Pa55"),
					TestRecognizers.hash(SensitiveCategory.CREDENTIAL, "L3dg3r!pw"),
					TestRecognizers.hash(SensitiveCategory.CREDENTIAL, "ghx7Yt5Lm0Pq2Rs8Tu1Vw3"),
					TestRecognizers.hash(SensitiveCategory.CREDENTIAL, "N3tRc!pw"));
		assertThat(findings).extracting(SensitiveFinding::maskedValue)
			.containsExactly("[password redacted]", "[password redacted]",
					"[connection string redacted] account=s*** host=db01.bank.example", "[token redacted]",
					"[password redacted] account=b*** host=sftp.partner.example");
		assertThat(findings).allSatisfy((finding) -> {
			assertThat(finding.maskedValue()).doesNotContain("Xy7", "S3cr3t", "L3dg3r", "ghx7", "N3tRc", "svc_",
					"bankuser");
			assertThat(CredentialLabel.parse(finding.maskedValue())).isPresent();
		});
	}

	@Test
	void puttyKeyIsAPrivateKeyOfItsCommentsAccount() {
		List<SensitiveFinding> findings = TestRecognizers.scan(ConfigSecretRecognizer::new, PPK);
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.category()).isEqualTo(SensitiveCategory.PRIVATE_KEY);
			assertThat(finding.maskedValue())
				.isEqualTo("[putty private key redacted] account=o*** host=jump01.bank.example");
		});
	}

	@Test
	void eachSecretIsReportedOnceWithTheOtherRecognizers() {
		String text = CONFIG + "jdbc.url=jdbc:postgresql://db03:5432/core?user=svc_rpt&password=Rpt#2024x\n"
				+ "Server=sql02;Database=core;User Id=svc_core;Password=Qw3rty!23;\n";
		ClassificationResult result = new SensitiveDataClassifier(TestRecognizers.HASHER).classify(text, "app.config",
				null);
		assertThat(result.counts().get(SensitiveCategory.CREDENTIAL)).isEqualTo(new CategoryCount(7, 7, false));
	}

}
