package com.breachimpact.classification;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ColumnVocabulary}.
 */
class ColumnVocabularyTests {

	private final ColumnVocabulary vocabulary = ColumnVocabulary.defaults();

	@Test
	void aBareNameIsAPersonsNameOnlyUnderAPersonParent() {
		assertThat(this.vocabulary.kindOf(List.of("name"))).isEqualTo(ColumnKind.FULL_NAME);
		assertThat(this.vocabulary.kindOf(List.of("customer", "name"))).isEqualTo(ColumnKind.FULL_NAME);
		assertThat(this.vocabulary.kindOf(List.of("Dbtr", "Nm"))).isEqualTo(ColumnKind.FULL_NAME);
		assertThat(this.vocabulary.kindOf(List.of("employer", "name"))).isEqualTo(ColumnKind.OTHER);
		assertThat(this.vocabulary.kindOf(List.of("bank", "name"))).isEqualTo(ColumnKind.OTHER);
		assertThat(this.vocabulary.kindOf(List.of("FinInstnId", "Nm"))).isEqualTo(ColumnKind.OTHER);
		assertThat(this.vocabulary.kindOf(List.of("add", "name"))).isEqualTo(ColumnKind.OTHER);
	}

	@Test
	void aCaseExtendsTheWordListThroughTheProperty() {
		ColumnVocabulary extended = new ClassificationProperties(
				Map.of(ColumnKind.DATE_OF_BIRTH, List.of("Geb. Datum"), ColumnKind.OTHER, List.of("dob")))
			.vocabulary();
		assertThat(this.vocabulary.kindOf("geb_datum")).isEqualTo(ColumnKind.OTHER);
		assertThat(extended.kindOf("GEB_DATUM")).isEqualTo(ColumnKind.DATE_OF_BIRTH);
		assertThat(extended.listedKind("gebdatum")).isEqualTo(ColumnKind.DATE_OF_BIRTH);
		assertThat(extended.kindOf("DOB")).as("a name given again takes the new kind").isEqualTo(ColumnKind.OTHER);
	}

}
