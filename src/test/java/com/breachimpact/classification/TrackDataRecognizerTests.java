package com.breachimpact.classification;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TrackDataRecognizer}.
 */
class TrackDataRecognizerTests {

	private List<SensitiveFinding> scan(String text) {
		return TestRecognizers.scan(TrackDataRecognizer::new, text);
	}

	@Test
	void trackOneIsFound() {
		List<SensitiveFinding> findings = scan("swipe=%B4526018159083012^DOE/JANE Q^2712101000000000000?;");
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.category()).isEqualTo(SensitiveCategory.TRACK_DATA);
			assertThat(finding.maskedValue()).isEqualTo("************3012");
			assertThat(finding.offset()).isEqualTo(6);
			assertThat(finding.confidence()).isGreaterThan(0.9);
			assertThat(finding.toString()).doesNotContain("DOE").doesNotContain("JANE");
		});
	}

	@Test
	void trackTwoIsFound() {
		assertThat(scan("t2 ;5182199351819098=27121010000012300?")).singleElement()
			.satisfies((finding) -> assertThat(finding.valueHash())
				.isEqualTo(TestRecognizers.hash(SensitiveCategory.TRACK_DATA, "5182199351819098")));
	}

	@Test
	void trackWithoutEndSentinelHasLowerConfidence() {
		assertThat(scan(";5182199351819098=2712101")).singleElement()
			.satisfies((finding) -> assertThat(finding.confidence()).isLessThan(0.9));
	}

	@Test
	void decoysAreRejected() {
		assertThat(scan("%B4414852538885390^DOE/JANE^2712101?")).as("Luhn failure").isEmpty();
		assertThat(scan(";5182199351819098=2713101?")).as("month 13").isEmpty();
		assertThat(scan("%B12^x^2712?")).isEmpty();
		assertThat(scan("key;value=2712?")).isEmpty();
	}

}
