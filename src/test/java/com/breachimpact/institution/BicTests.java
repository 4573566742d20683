package com.breachimpact.institution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link Bic}.
 */
class BicTests {

	@ParameterizedTest
	@ValueSource(strings = { "DEUTDEFF", "DEUTDEFF500", "NWBKGB2L", "CHASUS33", "BOFAUS3N", "BNPAFRPPXXX",
			"UBSWCHZH80A", "AGRIFRPP" })
	void publishedBicsAreValid(String bic) {
		assertThat(Bic.isValid(bic)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "DEUTQQFF", "DEUTDEF", "DEUTDEFF50", "DEUTDEFF5000", "deutdeff", "DEU1DEFF", "DEUTDEFF-00",
			"DEUTZZFF", "" })
	void lookAlikesAreInvalid(String bic) {
		assertThat(Bic.isValid(bic)).isFalse();
	}

	@Test
	void institutionPartIsTheFirstEightCharacters() {
		assertThat(Bic.institutionPart("DEUTDEFF500")).isEqualTo("DEUTDEFF");
		assertThat(Bic.institutionPart("DEUTDEFFXXX")).isEqualTo(Bic.institutionPart("DEUTDEFF"));
	}

	@Test
	void institutionPartOfAnInvalidBicIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Bic.institutionPart("NOTABIC"));
	}

	@Test
	void everyIso3166CountryIsKnown() {
		// 249 ISO 3166-1 alpha-2 codes plus XK
		assertThat(Bic.countryCount()).isEqualTo(250);
		assertThat(Bic.isCountry('U', 'S')).isTrue();
		assertThat(Bic.isCountry('U', 'K')).isFalse();
	}

}
