package com.breachimpact.classification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PathMasking}.
 */
class PathMaskingTests {

	@Test
	void ssnAndCardNumbersInAPathAreMasked() {
		assertThat(PathMasking.mask("letters/536-22-4417.pdf")).isEqualTo("letters/*****4417.pdf");
		assertThat(PathMasking.mask("letters/536_22_4417 and 536224418.txt"))
			.isEqualTo("letters/*****4417 and *****4418.txt");
		assertThat(PathMasking.mask("cards/4111-1111-1111-1111/a.zip!/b")).isEqualTo("cards/************1111/a.zip!/b");
	}

	@Test
	void otherNumbersAreKept() {
		assertThat(PathMasking.mask("2024/20240131-report.csv")).isEqualTo("2024/20240131-report.csv");
		assertThat(PathMasking.mask("inv/666-12-3456.txt")).as("never issued").isEqualTo("inv/666-12-3456.txt");
		assertThat(PathMasking.mask("cards/4111-1111-1111-1112.txt")).as("fails Luhn")
			.isEqualTo("cards/4111-1111-1111-1112.txt");
		assertThat(PathMasking.mask(null)).isNull();
	}

}
