package com.breachimpact.institution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Lei}.
 */
class LeiTests {

	@ParameterizedTest
	@ValueSource(strings = { "5493001KJTIIGC8Y1R12", "HWUPKR0MPOU8FGXBT394", "7LTWFZYICNSX8D621K86",
			"8I5DZWZKVSZI1NUHU748", "7H6GLXDRUGQFU57RNE97", "529900T8BM49AURSDO55" })
	void publishedLeisAreValid(String lei) {
		assertThat(Lei.isValid(lei)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "5493001KJTIIGC8Y1R13", "HWUPKR0MPOU8FGXBT349", "7LTWFZYICNSX8D621K8",
			"7LTWFZYICNSX8D621K866", "7ltwfzyicnsx8d621k86", "7LTWFZYICNSX8D621KX6", "7LTWFZYICNSX8D6-1K86" })
	void lookAlikesAreInvalid(String lei) {
		assertThat(Lei.isValid(lei)).isFalse();
	}

	@Test
	void nullIsInvalid() {
		assertThat(Lei.isValid(null)).isFalse();
	}

}
