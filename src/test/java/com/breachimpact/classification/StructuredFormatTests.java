package com.breachimpact.classification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StructuredFormat#detect(String, String, CharSequence)}.
 */
class StructuredFormatTests {

	@Test
	void nachaIsDetectedWhateverTheName() {
		assertThat(StructuredFormat.detect("payroll.ach", null, NachaFixture.LF)).isEqualTo(StructuredFormat.NACHA);
		assertThat(StructuredFormat.detect("export.txt", "text/plain", NachaFixture.CRLF))
			.isEqualTo(StructuredFormat.NACHA);
		assertThat(StructuredFormat.detect(null, null, NachaFixture.SINGLE_LINE)).isEqualTo(StructuredFormat.NACHA);
	}

	@Test
	void csvWithHeaderIsDetected() {
		assertThat(StructuredFormat.detect("customers.csv", "text/csv", RecordClassifierTests.CUSTOMERS))
			.isEqualTo(StructuredFormat.CSV);
		assertThat(StructuredFormat.detect("customers", "application/octet-stream", RecordClassifierTests.CUSTOMERS))
			.as("rows of equal cell counts")
			.isEqualTo(StructuredFormat.CSV);
	}

	@Test
	void everythingElseIsFreeText() {
		assertThat(StructuredFormat.detect("letter.docx", "application/msword", "Dear Jane,\nyour SSN 521-43-8765"))
			.isEqualTo(StructuredFormat.FREE_TEXT);
		assertThat(StructuredFormat.detect("data.csv", "text/csv", "a,b,c\n1,2,3\n"))
			.isEqualTo(StructuredFormat.FREE_TEXT);
		assertThat(StructuredFormat.detect("x", null, "")).isEqualTo(StructuredFormat.FREE_TEXT);
		assertThat(StructuredFormat.detect("x", null, null)).isEqualTo(StructuredFormat.FREE_TEXT);
	}

}
