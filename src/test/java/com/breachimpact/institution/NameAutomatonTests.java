package com.breachimpact.institution;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.breachimpact.institution.NameAutomaton.Match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link NameAutomaton}.
 */
class NameAutomatonTests {

	private final NameAutomaton automaton = NameAutomaton
		.build(List.of("first national bank", "first national bank of texas", "national bank", "bank of texas", "acme",
				"acme bank", "credit agricole", "сбербанк"));

	@Test
	void findsWholeWordsOnly() {
		assertThat(names("ACME, Inc. and acmebank and the acmes")).containsExactly("acme");
		assertThat(names("first national banking")).isEmpty();
	}

	@Test
	void longestMatchWinsAndNamesInsideLongerNamesNeverCount() {
		assertThat(names("Wire from First National Bank of Texas today"))
			.containsExactly("first national bank of texas");
		assertThat(names("First National Bank, and National Bank")).containsExactly("first national bank",
				"national bank");
	}

	@Test
	void overlappingMatchesKeepTheLongest() {
		// "acme bank" and "bank of texas" overlap on "bank": the longer one wins
		assertThat(names("acme bank of texas")).containsExactly("bank of texas");
	}

	@Test
	void foldsTheTextOnTheFly() {
		List<Match> matches = this.automaton.findAll("Le CRÉDIT\n  agricole-group");
		assertThat(matches).hasSize(1);
		assertThat(matches.get(0).start()).isEqualTo(3);
		assertThat(matches.get(0).end()).isEqualTo("Le CRÉDIT\n  agricole".length());
		assertThat(names("ПАО Сбербанк")).containsExactly("сбербанк");
	}

	@Test
	void matchesAtTheEdgesOfTheText() {
		assertThat(names("acme")).containsExactly("acme");
		assertThat(names("acme acme")).containsExactly("acme", "acme");
		assertThat(names("")).isEmpty();
	}

	@Test
	void emptyAutomatonFindsNothing() {
		assertThat(NameAutomaton.build(List.of()).findAll("anything at all")).isEmpty();
	}

	@Test
	void refusesNamesNotInNormalForm() {
		assertThatIllegalArgumentException().isThrownBy(() -> NameAutomaton.build(List.of("Acme")));
		assertThatIllegalArgumentException().isThrownBy(() -> NameAutomaton.build(List.of("acme  bank")));
		assertThatIllegalArgumentException().isThrownBy(() -> NameAutomaton.build(List.of("")));
		assertThatIllegalArgumentException().isThrownBy(() -> NameAutomaton.build(List.of("acme", "acme")));
	}

	@Test
	void agreesWithANaiveSearchOnRandomText() {
		// given: a small alphabet so that names overlap often
		List<String> names = List.of("a b", "b a", "a b a", "c", "b c b", "a a a");
		NameAutomaton small = NameAutomaton.build(names);
		java.util.Random random = new java.util.Random(42);
		for (int round = 0; round < 500; round++) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < 30; i++) {
				text.append("abc".charAt(random.nextInt(3))).append(random.nextInt(5) == 0 ? ", " : " ");
			}
			// when
			List<Match> matches = small.findAll(text);
			// then: every match is a whole-word occurrence and no two overlap
			String normalized = NameNormalizer.normalizeName(text);
			for (Match match : matches) {
				String found = NameNormalizer.normalizeName(text.subSequence(match.start(), match.end()));
				assertThat(found).isEqualTo(names.get(match.nameId()));
			}
			for (int k = 1; k < matches.size(); k++) {
				assertThat(matches.get(k).start()).isGreaterThanOrEqualTo(matches.get(k - 1).end());
			}
			// and every occurrence of a name overlaps a match, or lies within an
			// occurrence of a longer name
			String padded = " " + normalized + " ";
			List<int[]> occurrences = new java.util.ArrayList<>();
			for (String name : names) {
				for (int at = padded.indexOf(" " + name + " "); at >= 0; at = padded.indexOf(" " + name + " ",
						at + 1)) {
					occurrences.add(new int[] { at, at + name.length() });
				}
			}
			List<int[]> kept = matches.stream()
				.map((m) -> new int[] { NameNormalizer.normalizeName(text.subSequence(0, m.start())).length(),
						NameNormalizer.normalizeName(text.subSequence(0, m.end())).length() })
				.map((range) -> new int[] { (range[0] == 0) ? 0 : range[0] + 1, range[1] })
				.toList();
			for (int[] occurrence : occurrences) {
				boolean overlapsKept = kept.stream().anyMatch((k) -> k[0] < occurrence[1] && k[1] > occurrence[0]);
				boolean inLonger = occurrences.stream()
					.anyMatch((o) -> o[0] <= occurrence[0] && o[1] >= occurrence[1]
							&& o[1] - o[0] > occurrence[1] - occurrence[0]);
				assertThat(overlapsKept || inLonger)
					.as("occurrence %s in '%s'", java.util.Arrays.toString(occurrence), normalized)
					.isTrue();
			}
		}
	}

	private List<String> names(String text) {
		return this.automaton.findAll(text).stream().map((m) -> this.automaton.names().get(m.nameId())).toList();
	}

}
