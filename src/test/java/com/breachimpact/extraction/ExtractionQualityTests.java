package com.breachimpact.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ExtractionQuality}.
 */
class ExtractionQualityTests {

	private static final String PROSE = "The committee met on Friday to discuss the transfer platform and its logs. ";

	@Test
	void plainTextHasNoFlags() {
		assertThat(ExtractionQuality.assess(8_000, List.of(part("text/plain", PROSE.repeat(100))), List.of()))
			.isEmpty();
	}

	@Test
	void noTextFromANonEmptyFileIsFlagged() {
		assertThat(ExtractionQuality.assess(500, List.of(part("image/png", " \n\n ")), List.of()))
			.containsExactly(QualityFlag.NO_TEXT);
	}

	@Test
	void littleTextFromALargeFileIsFlagged() {
		assertThat(ExtractionQuality.assess(2_000_000, List.of(part("application/pdf", PROSE)), List.of()))
			.containsExactly(QualityFlag.LITTLE_TEXT_FROM_LARGE_FILE);
		assertThat(ExtractionQuality.assess(3_000, List.of(part("text/plain", "short")), List.of())).isEmpty();
	}

	@Test
	void pdfPagesWithoutTextNeedOcr() {
		List<ExtractedPart> parts = List.of(part("application/pdf", "Statement"));
		assertThat(ExtractionQuality.assess(1_000, parts, List.of(new ExtractionQuality.Pages(3, 0))))
			.containsExactly(QualityFlag.NEEDS_OCR);
		assertThat(ExtractionQuality.assess(1_000, parts, List.of(new ExtractionQuality.Pages(3, 900)))).isEmpty();
		// without the parser's per-page counts, the part's text is counted
		assertThat(ExtractionQuality.assess(1_000, parts, List.of(new ExtractionQuality.Pages(1, -1))))
			.containsExactly(QualityFlag.NEEDS_OCR);
		assertThat(ExtractionQuality.assess(1_000, List.of(part("text/plain", "Statement")),
				List.of(new ExtractionQuality.Pages(3, 0))))
			.isEmpty();
	}

	@Test
	void binaryReadAsTextHasAHighNonWordShare() {
		StringBuilder junk = new StringBuilder();
		for (int i = 0; i < 400; i++) {
			junk.append((char) (0x20 + (i * 7) % 15)).append((char) (0xFFFD)).append("@#").append(' ');
		}
		assertThat(ExtractionQuality.assess(4_000, List.of(part("text/plain", junk.toString())), List.of()))
			.contains(QualityFlag.HIGH_NON_WORD_SHARE);
	}

	@Test
	void numbersAndCsvRowsAreWords() {
		String csv = "date,amount,routing\n" + "2024-03-01,-12.50,011000015\n".repeat(200);
		assertThat(ExtractionQualityTests.flags(csv)).doesNotContain(QualityFlag.HIGH_NON_WORD_SHARE);
	}

	private static List<QualityFlag> flags(String text) {
		return ExtractionQuality.assess(text.length(), List.of(part("text/csv", text)), List.of());
	}

	private static ExtractedPart part(String mediaType, String text) {
		return new ExtractedPart("", mediaType, text, 0, ExtractionStatus.OK, null);
	}

}
