package com.breachimpact.institution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Iban}.
 */
class IbanTests {

	@ParameterizedTest
	@ValueSource(strings = { "GB82WEST12345698765432", "DE89370400440532013000", "DE89 3704 0044 0532 0130 00",
			"FR1420041010050500013M02606", "NL91ABNA0417164300", "ES9121000418450200051332",
			"IT60X0542811101000000123456", "CH9300762011623852957", "BE68539007547034", "AT611904300234573201",
			"IE29AIBK93115212345678", "LU280019400644750000", "PT50000201231234567890154" })
	void publishedIbansAreValid(String iban) {
		assertThat(Iban.isValid(iban)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "GB82WEST12345698765433", "DE89370400440532013001", "DE8937040044053201300",
			"DE893704004405320130000", "XX89370400440532013000", "gb82west12345698765432",
			"GB82-WEST-1234-5698-7654-32", "GB28WEST12345698765432", "" })
	void lookAlikesAreInvalid(String iban) {
		assertThat(Iban.isValid(iban)).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "DE89370400440532013000, DE:37040044", "FR1420041010050500013M02606, FR:20041",
			"GB82WEST12345698765432, GB:WEST", "NL91ABNA0417164300, NL:ABNA", "IE29AIBK93115212345678, IE:AIBK",
			"ES9121000418450200051332, ES:2100", "IT60X0542811101000000123456, IT:05428",
			"CH9300762011623852957, CH:00762", "BE68539007547034, BE:539", "AT611904300234573201, AT:19043" })
	void bankCodeIsReadWhereItsPositionIsKnown(String iban, String code) {
		assertThat(Iban.bankCode(iban)).contains(code);
	}

	@Test
	void bankCodeOfAnInvalidIbanIsEmpty() {
		assertThat(Iban.bankCode("DE89370400440532013001")).isEmpty();
	}

	@Test
	void bankCodeOfACountryWithUnknownPositionIsEmpty() {
		// a valid Norwegian IBAN (published example)
		assertThat(Iban.isValid("NO9386011117947")).isTrue();
		assertThat(Iban.bankCode("NO9386011117947")).isEmpty();
	}

}
