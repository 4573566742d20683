package com.breachimpact.classification;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DateOfBirthRecognizer}.
 */
class DateOfBirthRecognizerTests {

	private List<SensitiveFinding> scan(String text) {
		return TestRecognizers.scan((emitter) -> new DateOfBirthRecognizer(emitter, 2025), text);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "DOB: 01/02/1980|1980-01-02", "Date of Birth 1980-01-02|1980-01-02",
					"born on Jan 2 1980|1980-01-02", "birth date: January 2, 1980|1980-01-02",
					"D.O.B. 2 Jan 1980|1980-01-02", "Geburtsdatum / date of birth 02.01.1980|1980-01-02",
					"dob 25/12/1975|1975-12-25", "Birthdate: 1975/12/25|1975-12-25", "born 3rd March 1961|1961-03-03" })
	void datesAfterContextAreFound(String text, String iso) {
		assertThat(scan(text)).singleElement().satisfies((finding) -> {
			assertThat(finding.category()).isEqualTo(SensitiveCategory.DATE_OF_BIRTH);
			assertThat(finding.valueHash()).isEqualTo(TestRecognizers.hash(SensitiveCategory.DATE_OF_BIRTH, iso));
			assertThat(finding.maskedValue()).isEqualTo("****" + iso.substring(5, 7) + iso.substring(8));
		});
	}

	@Test
	void datesWithoutContextAreNotBirthDates() {
		assertThat(scan("Invoice date 01/02/1980, due 1980-03-02")).isEmpty();
	}

	@Test
	void implausibleDatesAreRejected() {
		assertThat(scan("DOB 01/02/1880")).isEmpty();
		assertThat(scan("DOB 01/02/2031")).isEmpty();
		assertThat(scan("DOB 02/30/1980")).isEmpty();
		assertThat(scan("DOB 13/13/1980")).isEmpty();
		assertThat(scan("DOB 01/02/19800")).isEmpty();
	}

	@Test
	void dateOutsideTheWindowIsNotTaken() {
		assertThat(scan("DOB" + " ".repeat(40) + "01/02/1980")).isEmpty();
	}

	@Test
	void directlyFollowingDateHasHigherConfidence() {
		double direct = scan("DOB: 01/02/1980").get(0).confidence();
		double distant = scan("born in Ohio, 01/02/1980").get(0).confidence();
		assertThat(direct).isGreaterThan(distant);
	}

	@Test
	void parseBirthDateReadsAWholeValue() {
		assertThat(DateOfBirthRecognizer.parseBirthDate(" 1980-01-02 ", 2025)).hasToString("1980-01-02");
		assertThat(DateOfBirthRecognizer.parseBirthDate("1980-01-02 extra", 2025)).isNull();
		assertThat(DateOfBirthRecognizer.parseBirthDate("", 2025)).isNull();
	}

}
