package com.breachimpact.extraction;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LedgerPaths}.
 */
class LedgerPathsTests {

	@Test
	void aTrailingRunOfBangsIsDoubledInEverySegmentAndHalvedBack() {
		assertThat(LedgerPaths.escape("a.zip!/b")).isEqualTo("a.zip!!/b");
		assertThat(LedgerPaths.escape("wow!!/x!y/z!")).isEqualTo("wow!!!!/x!y/z!!");
		assertThat(LedgerPaths.escape("plain/name.txt")).isEqualTo("plain/name.txt");
		assertThat(LedgerPaths.unescapeSegment("wow!!!!")).isEqualTo("wow!!");
		assertThat(LedgerPaths.unescapeSegment("x!y")).isEqualTo("x!y");
	}

	@Test
	void aMemberPathNeverEqualsTheEscapedPathOfARealFile() {
		String member = LedgerPaths.member("a.zip", "b");
		String realFile = LedgerPaths.escape("a.zip!/b");
		assertThat(member).isEqualTo("a.zip!/b").isNotEqualTo(realFile);
		assertThat(LedgerPaths.member("a.zip!!", "b")).isEqualTo("a.zip!!!/b");
	}

	@Test
	void aPathAlreadyGivenIsNumbered() {
		Set<String> used = new HashSet<>();
		assertThat(LedgerPaths.unique("c", used)).isEqualTo("c");
		assertThat(LedgerPaths.unique("c", used)).isEqualTo("c#2");
		assertThat(LedgerPaths.unique("c", used)).isEqualTo("c#3");
		assertThat(LedgerPaths.unique("d", used)).isEqualTo("d");
	}

}
