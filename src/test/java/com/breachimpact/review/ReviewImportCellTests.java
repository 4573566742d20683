package com.breachimpact.review;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of how an import reads cells and decisions.
 */
class ReviewImportCellTests {

	@Test
	void apostropheOfAFormulaSafeCellIsTakenOff() {
		assertThat(ReviewImporter.cell("'=cmd.csv")).isEqualTo("=cmd.csv");
		assertThat(ReviewImporter.cell("'-report.txt")).isEqualTo("-report.txt");
		assertThat(ReviewImporter.cell("'@x")).isEqualTo("@x");
	}

	@Test
	void otherCellsAreKept() {
		assertThat(ReviewImporter.cell("'quoted'")).isEqualTo("'quoted'");
		assertThat(ReviewImporter.cell("'")).isEqualTo("'");
		assertThat(ReviewImporter.cell("a/b.txt")).isEqualTo("a/b.txt");
		assertThat(ReviewImporter.cell("")).isEmpty();
	}

	@Test
	void decisionsAreReadIgnoringCaseAndBlanks() {
		assertThat(DecisionKind.parse(" Rejected ")).contains(DecisionKind.REJECTED);
		assertThat(DecisionKind.parse("ADDED")).contains(DecisionKind.ADDED);
		assertThat(DecisionKind.parse("maybe")).isEmpty();
		assertThat(DecisionKind.parse("")).isEmpty();
	}

}
