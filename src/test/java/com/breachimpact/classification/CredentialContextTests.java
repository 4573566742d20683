package com.breachimpact.classification;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CredentialContext} and {@link CredentialLabel}: the account and host a
 * secret's line names, masked, and read back from the masked form.
 */
class CredentialContextTests {

	private static String masked(String text) {
		List<SensitiveFinding> findings = TestRecognizers.scan(CredentialRecognizer::new, text);
		assertThat(findings).hasSize(1);
		return findings.get(0).maskedValue();
	}

	@Test
	void accountAndHostOfTheLineAreKeptMasked() {
		assertThat(masked("ftp: user=ops_harbor host=sftp.harbor.example password=Winter#2024x"))
			.isEqualTo("[password redacted] account=o*** host=sftp.harbor.example");
		assertThat(masked("login: jane.doe@bank.example  pwd: Sup3rSecret!"))
			.isEqualTo("[password redacted] account=j***@bank.example");
		assertThat(masked("spring.datasource.password=Tr0ub4dor&3")).isEqualTo("[password redacted]");
	}

	@Test
	void connectionStringsAreLabelledSo() {
		assertThat(
				masked("Server=tcp:sql02.harbor.example,1433;Database=core;User Id=batch_user;Password=Hx9#conn2024;"))
			.isEqualTo("[connection string redacted] account=b*** host=sql02.harbor.example");
		assertThat(masked("url=jdbc:postgresql://db01.harbor.example:5432/pay?user=svc&password=Pg!2024secret"))
			.isEqualTo("[connection string redacted] account=s*** host=db01.harbor.example");
	}

	@Test
	void anotherLinesAccountIsNotTaken() {
		assertThat(masked("user=alice host=a.example\npassword=Zz9!longpassword")).isEqualTo("[password redacted]");
	}

	@Test
	void hostileHostsAreCutToHostNameCharacters() {
		assertThat(masked("host=evil.example<script>alert(1)</script> password=Qq1!abcdefg"))
			.isEqualTo("[password redacted] host=evil.example");
		CredentialLabel label = CredentialLabel.of("password", "x y", "a.example]\u0000 account=zzz");
		assertThat(label.host()).isEqualTo("a.example");
		assertThat(CredentialLabel.parse(label.masked())).contains(label);
	}

	@Test
	void maskedFormsReadBack() {
		assertThat(CredentialLabel.parse("[github token redacted] host=github.com"))
			.contains(new CredentialLabel("github token", null, "github.com"));
		assertThat(CredentialLabel.parse("[private key redacted]"))
			.contains(new CredentialLabel("private key", null, null));
		assertThat(CredentialLabel.parse("*****6789")).isEmpty();
	}

}
