package com.breachimpact.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.breachimpact.classification.SensitiveCategory;
import com.breachimpact.protection.KeyedHasher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * One stored row per leaf and category: the totals the reports read, and the values
 * themselves (keyed hash, masked form, first line) given back in hash order, whatever
 * characters the masked forms hold.
 */
class SensitiveValueSetTests {

	private final KeyedHasher hasher = KeyedHasher.withKey(new byte[32]);

	@Test
	void groupsValuesByLeafAndCategoryWithTheirTotals() {
		// given
		List<SensitiveValue> values = List.of(value("", SensitiveCategory.SSN, "123456789", 3, 7),
				value("", SensitiveCategory.SSN, "987654321", 1, 2),
				value("a.csv", SensitiveCategory.SSN, "123456789", 2, 5),
				value("", SensitiveCategory.BANK_ACCOUNT, "000123456", 4, 9));

		// when
		List<SensitiveValueSet> sets = SensitiveValueSet.of(values);

		// then
		assertThat(sets)
			.extracting(SensitiveValueSet::location, SensitiveValueSet::category, SensitiveValueSet::distinctValues,
					SensitiveValueSet::occurrences, SensitiveValueSet::firstLine)
			.containsExactly(tuple("", SensitiveCategory.SSN, 2, 4L, 2),
					tuple("a.csv", SensitiveCategory.SSN, 1, 2L, 5),
					tuple("", SensitiveCategory.BANK_ACCOUNT, 1, 4L, 9));
		assertThat(sets.get(0).valueHashes()).hasSize(2 * SensitiveValueSet.HASH_CHARS);
	}

	@Test
	void givesBackEveryValueInHashOrderWithItsMaskedFormAndLine() {
		// given: masked forms holding the separator and the escape character
		List<SensitiveValue> values = List.of(value("", SensitiveCategory.CREDENTIAL, "one", "a\nb\\n", 1, 4),
				value("", SensitiveCategory.CREDENTIAL, "two", "\\", 1, 8),
				value("", SensitiveCategory.CREDENTIAL, "three", "", 1, 6));
		SensitiveValueSet set = SensitiveValueSet.of(values).get(0);

		// when
		List<String> visited = new ArrayList<>();
		set.forEachValue((hash, masked, line) -> visited.add(hash + " " + masked + " " + line));

		// then
		List<String> expected = new ArrayList<>();
		values.stream()
			.sorted(Comparator.comparing(SensitiveValue::valueHash))
			.forEach((value) -> expected.add(value.valueHash() + " " + value.maskedValue() + " " + value.firstLine()));
		assertThat(visited).containsExactlyElementsOf(expected);
	}

	@Test
	void countsDistinctValuesAcrossSetsExactly() {
		// given
		String first = set(List.of("1", "2", "3"));
		String second = set(List.of("3", "4"));
		String third = set(List.of("2"));

		// when
		KeyedHashUnion single = new KeyedHashUnion();
		single.add(first);
		KeyedHashUnion union = new KeyedHashUnion();
		union.add(first);
		union.add(second);
		union.add(third);

		// then
		assertThat(single.size()).isEqualTo(3);
		assertThat(union.size()).isEqualTo(4);
	}

	@Test
	void refusesAHashThatIsNotAKeyedHash() {
		assertThatIllegalArgumentException().isThrownBy(() -> SensitiveValueSet
			.of(List.of(new SensitiveValue("", SensitiveCategory.SSN, "*****6789", "abc", 1, 1))));
	}

	private String set(List<String> clear) {
		List<SensitiveValue> values = new ArrayList<>();
		clear.forEach((value) -> values.add(value("", SensitiveCategory.SSN, value, 1, 1)));
		return SensitiveValueSet.of(values).get(0).valueHashes();
	}

	private SensitiveValue value(String location, SensitiveCategory category, String clear, int occurrences, int line) {
		return value(location, category, clear, "*" + clear.substring(clear.length() - 1), occurrences, line);
	}

	private SensitiveValue value(String location, SensitiveCategory category, String clear, String masked,
			int occurrences, int line) {
		return new SensitiveValue(location, category, masked, this.hasher.hash(category.hashKind(), clear), occurrences,
				line);
	}

}
