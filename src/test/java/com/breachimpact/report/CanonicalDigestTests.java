package com.breachimpact.report;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The keys of report data: different values never encode the same, however their strings
 * are cut, and the order of a set or map does not count.
 */
class CanonicalDigestTests {

	@Test
	void stringsCutDifferentlyGiveDifferentKeys() {
		assertThat(key("ab", "c")).isNotEqualTo(key("a", "bc"));
		assertThat(key(List.of("ab", "c"))).isNotEqualTo(key(List.of("a", "bc")));
		assertThat(key(List.of(List.of("a"), "b"))).isNotEqualTo(key(List.of(List.of("a", "b"))));
	}

	@Test
	void kindsAreTold() {
		assertThat(key((Object) null)).isNotEqualTo(key("N"));
		assertThat(key(7L)).isNotEqualTo(key(7)).isNotEqualTo(key("7")).isNotEqualTo(key(List.of()));
		assertThat(key(true)).isNotEqualTo(key("true"));
		assertThat(key(new Pair("a", null))).isNotEqualTo(key(new Pair(null, "a")))
			.isNotEqualTo(key(Arrays.asList("a", null)));
	}

	@Test
	void setsAndMapsDoNotDependOnTheirOrder() {
		Set<String> one = new LinkedHashSet<>(List.of("x", "y", "z"));
		Set<String> other = new LinkedHashSet<>(List.of("z", "x", "y"));
		assertThat(key(one)).isEqualTo(key(other)).isNotEqualTo(key(List.of("x", "y", "z")));
		Map<String, Object> first = new LinkedHashMap<>();
		first.put("a", 1);
		first.put("b", null);
		Map<String, Object> second = new LinkedHashMap<>();
		second.put("b", null);
		second.put("a", 1);
		assertThat(key(first)).isEqualTo(key(second));
		second.put("a", 2);
		assertThat(key(first)).isNotEqualTo(key(second));
	}

	@Test
	void recordsAreEncodedByComponentAndTimesByValue() {
		Instant now = Instant.parse("2024-03-01T10:00:00Z");
		assertThat(key(new Pair("a", now))).isEqualTo(key(new Pair("a", Instant.parse("2024-03-01T10:00:00Z"))))
			.isNotEqualTo(key(new Pair("a", now.plusSeconds(1))));
	}

	@Test
	void otherTypesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> key(new Object()))
			.withMessageContaining("No canonical encoding");
	}

	private static String key(Object... values) {
		CanonicalDigest digest = new CanonicalDigest("test");
		for (Object value : values) {
			digest.add(value);
		}
		return digest.hex();
	}

	private record Pair(Object first, Object second) {
	}

}
