package com.breachimpact.classification;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EmailAddressRecognizer}.
 */
class EmailAddressRecognizerTests {

	private List<SensitiveFinding> scan(String text) {
		return TestRecognizers.scan(EmailAddressRecognizer::new, text);
	}

	@Test
	void personalAddressesAreFound() {
		List<SensitiveFinding> findings = scan("Contact: <Jane.Doe+loans@Mailbox.co.uk>, bob_smith@corp-mail.com.");
		assertThat(findings).extracting(SensitiveFinding::maskedValue)
			.containsExactly("j***@mailbox.co.uk", "b***@corp-mail.com");
		assertThat(findings.get(0).valueHash())
			.isEqualTo(TestRecognizers.hash(SensitiveCategory.EMAIL_ADDRESS, "jane.doe+loans@mailbox.co.uk"));
		assertThat(findings.get(0).offset()).isEqualTo(10);
	}

	@Test
	void roleAddressesFallUnderTheFloor() {
		assertThat(scan("write to info@bank.com or noreply@bank.com")).isEmpty();
	}

	@Test
	void decoysAreRejected() {
		assertThat(scan("see logo@2x.png")).isEmpty();
		assertThat(scan("user@example.com")).isEmpty();
		assertThat(scan("foo@localhost")).isEmpty();
		assertThat(scan("a@b.c")).isEmpty();
		assertThat(scan("@handle and name@ and .dot@host.com and x@-bad.com")).isEmpty();
		assertThat(scan("x".repeat(70) + "@bank.com")).as("local part over 64").isEmpty();
	}

	@Test
	void wholeValueCheck() {
		assertThat(EmailAddressRecognizer.isAddress("jane@bank.com")).isTrue();
		assertThat(EmailAddressRecognizer.isAddress("jane@bank")).isFalse();
		assertThat(EmailAddressRecognizer.isAddress("jane doe@bank.com")).isFalse();
	}

}
