package com.breachimpact.sample;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link IdentifierChecks} and {@link CheckDigits}, against published example
 * identifiers.
 */
class IdentifierChecksTests {

	@Test
	void abaChecksumAndPrefix() {
		assertThat(IdentifierChecks.isValidAba("011000015")).isTrue();
		assertThat(IdentifierChecks.isValidAba("011000016")).isFalse();
		assertThat(IdentifierChecks.isValidAba("122105278")).isTrue();
		// valid checksum, but prefix 13 is not a bank or thrift range
		assertThat(IdentifierChecks.isValidAba("130000006")).isFalse();
		assertThat(IdentifierChecks.isValidAba("01100001")).isFalse();
		assertThat(IdentifierChecks.isValidAba("01100001x")).isFalse();
	}

	@Test
	void bicNeedsARealCountry() {
		assertThat(IdentifierChecks.isValidBic("DEUTDEFF")).isTrue();
		assertThat(IdentifierChecks.isValidBic("DEUTDEFF500")).isTrue();
		assertThat(IdentifierChecks.isValidBic("DEUTXXFF")).isFalse();
		assertThat(IdentifierChecks.isValidBic("DEUTDEFF50")).isFalse();
		assertThat(IdentifierChecks.isValidBic("DEU1DEFF")).isFalse();
	}

	@Test
	void leiMod97() {
		assertThat(IdentifierChecks.isValidLei("5493001KJTIIGC8Y1R12")).isTrue();
		assertThat(IdentifierChecks.isValidLei("5493001KJTIIGC8Y1R13")).isFalse();
		assertThat(IdentifierChecks.isValidLei("5493001KJTIIGC8Y1R1")).isFalse();
	}

	@Test
	void ibanMod97() {
		assertThat(IdentifierChecks.isValidIban("GB82WEST12345698765432")).isTrue();
		assertThat(IdentifierChecks.isValidIban("DE89370400440532013000")).isTrue();
		assertThat(IdentifierChecks.isValidIban("GB83WEST12345698765432")).isFalse();
	}

	@Test
	void ssnFormat() {
		assertThat(IdentifierChecks.isValidSsnFormat("123-45-6789")).isTrue();
		assertThat(IdentifierChecks.isValidSsnFormat("666-45-6789")).isFalse();
		assertThat(IdentifierChecks.isValidSsnFormat("900-45-6789")).isFalse();
		assertThat(IdentifierChecks.isValidSsnFormat("123-00-6789")).isFalse();
		assertThat(IdentifierChecks.isValidSsnFormat("123-45-0000")).isFalse();
	}

	@Test
	void checkDigitsProduceValidIdentifiers() {
		assertThat(CheckDigits.aba("01100001")).isEqualTo("011000015");
		assertThat(CheckDigits.lei("5493001KJTIIGC8Y1R")).isEqualTo("5493001KJTIIGC8Y1R12");
		assertThat(CheckDigits.iban("GB", "WEST12345698765432")).isEqualTo("GB82WEST12345698765432");
		assertThat(CheckDigits.iban("DE", "370400440532013000")).isEqualTo("DE89370400440532013000");
	}

}
