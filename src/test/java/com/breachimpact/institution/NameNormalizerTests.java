package com.breachimpact.institution;

import org.junit.jupiter.api.Test;

import com.breachimpact.institution.NameNormalizer.NormalizedText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link NameNormalizer}.
 */
class NameNormalizerTests {

	@Test
	void foldsCaseStripsAccentsAndCollapsesSeparators() {
		assertThat(NameNormalizer.normalizeName("  Crédit  Agricole, S.A. ")).isEqualTo("credit agricole s a");
		assertThat(NameNormalizer.normalizeName("BANCO  DE\tESPAÑA")).isEqualTo("banco de espana");
		assertThat(NameNormalizer.normalizeName("Société Générale")).isEqualTo("societe generale");
		assertThat(NameNormalizer.normalizeName("People's United---Bank")).isEqualTo("people s united bank");
	}

	@Test
	void decomposedAndPrecomposedAccentsGiveTheSameForm() {
		assertThat(NameNormalizer.normalizeName("Cre\u0301dit")).isEqualTo(NameNormalizer.normalizeName("Crédit"));
	}

	@Test
	void otherScriptsAreKept() {
		assertThat(NameNormalizer.normalizeName("СБЕРБАНК России")).isEqualTo("сбербанк россии");
		assertThat(NameNormalizer.normalizeName("みずほ銀行")).isEqualTo("みずほ銀行");
	}

	@Test
	void nothingButSeparatorsGivesAnEmptyName() {
		assertThat(NameNormalizer.normalizeName(" & - . ")).isEmpty();
	}

	@Test
	void softHyphenIsDropped() {
		assertThat(NameNormalizer.normalizeName("Ac\u00ADme")).isEqualTo("acme");
	}

	@Test
	void offsetsLeadBackToTheOriginalText() {
		// given
		String text = "  Crédit  Agricole!";
		// when
		NormalizedText normalized = NameNormalizer.normalize(text);
		// then
		assertThat(normalized.text()).isEqualTo("credit agricole");
		assertThat(normalized.originalOffset(0)).isEqualTo(2);
		int agricole = normalized.text().indexOf("agricole");
		assertThat(text.substring(normalized.originalOffset(agricole),
				normalized.originalEnd(agricole + "agricole".length())))
			.isEqualTo("Agricole");
		assertThat(normalized.originalOffset(normalized.text().length())).isEqualTo(text.length());
	}

	@Test
	void foldIsIdempotent() {
		for (int c = 0; c < 65536; c++) {
			char folded = NameNormalizer.fold((char) c);
			if (folded != NameNormalizer.DROPPED) {
				assertThat(NameNormalizer.fold(folded)).as("fold of U+%04X", c).isEqualTo(folded);
			}
		}
	}

}
