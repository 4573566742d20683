package com.breachimpact.institution;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link NameVariants}.
 */
class NameVariantsTests {

	@Test
	void ampersandAndAndAreInterchangeable() {
		assertThat(NameVariants.of("X Bank & Trust")).containsExactly("x bank and trust");
		assertThat(NameVariants.of("X Bank and Trust")).containsExactly("x bank trust");
	}

	@Test
	void legalSuffixesTakeTheirOtherForms() {
		assertThat(NameVariants.of("X Bank, N.A.")).containsExactlyInAnyOrder("x bank na",
				"x bank national association");
		assertThat(NameVariants.of("X Bank, National Association")).containsExactlyInAnyOrder("x bank n a",
				"x bank na");
		assertThat(NameVariants.of("Y Trust & Co.")).containsExactlyInAnyOrder("y trust company", "y trust and co",
				"y trust and company");
	}

	@Test
	void aSuffixIsNeverDroppedAndPlainNamesHaveNoVariant() {
		assertThat(NameVariants.of("X Bank")).isEmpty();
		assertThat(NameVariants.of("Bancorp")).isEmpty();
		assertThat(NameVariants.of("X Bank, N.A.")).doesNotContain("x bank");
	}

}
