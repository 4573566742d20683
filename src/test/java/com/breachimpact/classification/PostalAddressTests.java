package com.breachimpact.classification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostalAddressTests {

	@Test
	void stateColumnsAndAddressLinesTellTheState() {
		assertThat(PostalAddress.residence(null, "TX", null)).isEqualTo("US-TX");
		assertThat(PostalAddress.residence(null, "new york", "USA")).isEqualTo("US-NY");
		assertThat(PostalAddress.residence("12 Oak St, Austin, TX 78701", null, null)).isEqualTo("US-TX");
		assertThat(PostalAddress.residence("12 Oak St, Santa Fe, New Mexico 87501-1234", null, null))
			.isEqualTo("US-NM");
		assertThat(PostalAddress.residence("Tallahassee FL 32301, USA", null, null)).isEqualTo("US-FL");
	}

	@Test
	void countriesOtherThanTheUsAreTheResidence() {
		assertThat(PostalAddress.residence("Hauptstr. 1, 10115 Berlin", null, "Germany")).isEqualTo("DE");
		assertThat(PostalAddress.residence(null, null, "FR")).isEqualTo("FR");
	}

	@Test
	void nothingIsGuessed() {
		assertThat(PostalAddress.residence("12 Oak St", null, null)).isEqualTo(PostalAddress.UNKNOWN);
		assertThat(PostalAddress.residence("shipped in 12345", null, null)).isEqualTo(PostalAddress.UNKNOWN);
		assertThat(PostalAddress.residence(null, "Atlantis", null)).isEqualTo(PostalAddress.UNKNOWN);
	}

	@Test
	void namesOfResidences() {
		assertThat(PostalAddress.displayName("US-NM")).isEqualTo("New Mexico");
		assertThat(PostalAddress.displayName("DE")).isEqualTo("Germany");
	}

}
