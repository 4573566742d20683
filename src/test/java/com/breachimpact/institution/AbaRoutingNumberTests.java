package com.breachimpact.institution;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AbaRoutingNumber}.
 */
class AbaRoutingNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "021000021", "011000015", "026009593", "121000248", "111000025", "322271627", "091000019",
			"071000013", "044000037" })
	void publishedRoutingNumbersAreValid(String aba) {
		assertThat(AbaRoutingNumber.isValid(aba)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "021000022", "021000012", "120000021", "011000016", "26009593", "0260095930", "02100002A",
			"021 00002", "000000000" })
	void lookAlikesAreInvalid(String aba) {
		assertThat(AbaRoutingNumber.isValid(aba)).isFalse();
	}

	@Test
	void prefixOutsideAssignedRangesIsInvalid() {
		assertThat(AbaRoutingNumber.isValid(withCheckDigit("12000000"))).isTrue();
		assertThat(AbaRoutingNumber.isValid(withCheckDigit("21000000"))).isTrue();
		assertThat(AbaRoutingNumber.isValid(withCheckDigit("72000000"))).isTrue();
		assertThat(AbaRoutingNumber.isValid(withCheckDigit("80000000"))).isTrue();
		assertThat(AbaRoutingNumber.isValid(withCheckDigit("13000000"))).isFalse();
		assertThat(AbaRoutingNumber.isValid(withCheckDigit("33000000"))).isFalse();
		assertThat(AbaRoutingNumber.isValid(withCheckDigit("50000000"))).isFalse();
		assertThat(AbaRoutingNumber.isValid(withCheckDigit("81000000"))).isFalse();
	}

	@Test
	void nullIsInvalid() {
		assertThat(AbaRoutingNumber.isValid(null)).isFalse();
	}

	@Test
	void checkDigitCompletesEightDigits() {
		assertThat(AbaRoutingNumber.checkDigit("02100002", 0)).isEqualTo(1);
		assertThat(AbaRoutingNumber.checkDigit("12100024", 0)).isEqualTo(8);
		assertThat(AbaRoutingNumber.checkDigit("1210002X", 0)).isEqualTo(-1);
	}

	private static String withCheckDigit(String eight) {
		return eight + AbaRoutingNumber.checkDigit(eight, 0);
	}

}
