package com.breachimpact.institution;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import com.breachimpact.support.FuzzTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Feeds {@link InstitutionMatcher} random and adversarial text: it must never throw and
 * must stay linear in time.
 */
@FuzzTest
class InstitutionMatcherFuzzTests {

	private static final Duration BOUND = Duration.ofSeconds(20);

	private final InstitutionMatcher matcher;

	InstitutionMatcherFuzzTests() throws Exception {
		this.matcher = new InstitutionMatcher(ClientRegistry.load(ClientRegistryTests.fixture()));
	}

	@Test
	void randomUtf16IncludingLoneSurrogatesAroundSeededIdentifiers() {
		// random UTF-16 alone never matches anything: registered identifiers are seeded
		// into it, so that every round has evidence whose offsets can be checked
		String[] seeds = { "021000021", "DEUTDEFF", "5493001KJTIIGC8Y1R12", "ops@db.com" };
		Random random = new Random(1);
		int checked = 0;
		for (int round = 0; round < 200; round++) {
			StringBuilder text = new StringBuilder();
			for (int piece = 0; piece < 4; piece++) {
				randomChars(random, text, random.nextInt(1250));
				text.append(' ').append(seeds[random.nextInt(seeds.length)]).append(' ');
			}
			randomChars(random, text, random.nextInt(1250));
			String input = text.toString();
			MatchResult result = this.matcher.match(input);
			assertThat(result.evidence()).as("round %d", round).isNotEmpty();
			for (Evidence evidence : result.evidence()) {
				assertThat(evidence.offset()).isBetween(0L, (long) input.length());
				if (evidence.kind() != EvidenceKind.NAME && evidence.kind() != EvidenceKind.ALIAS) {
					assertThat(startsWithASeed(input, (int) evidence.offset(), seeds))
						.as("round %d: %s at %d", round, evidence.kind(), evidence.offset())
						.isTrue();
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThanOrEqualTo(200 * 4);
	}

	private static void randomChars(Random random, StringBuilder text, int count) {
		for (int i = 0; i < count; i++) {
			text.append((char) random.nextInt(65536));
		}
	}

	private static boolean startsWithASeed(String text, int offset, String[] seeds) {
		for (String seed : seeds) {
			if (text.startsWith(seed, offset) || text.startsWith(seed.substring(seed.indexOf('@') + 1), offset)) {
				return true;
			}
		}
		return false;
	}

	@Test
	void binaryJunkDecodedAsLatin1() {
		Random random = new Random(2);
		byte[] bytes = new byte[2_000_000];
		random.nextBytes(bytes);
		assertTimeoutPreemptively(BOUND, () -> this.matcher.match(new String(bytes, StandardCharsets.ISO_8859_1)));
	}

	@Test
	void adversarialFragmentsInAFiveMegabyteSingleLine() {
		// given: one line of identifier and name fragments that start many candidates
		String[] fragments = { "@", "a@", "x.y@", "@firstnational.com", "DE89 ", "DE89 3704 ", "0210000", "021000021",
				"021000021.", ",5", "DEUTDEFF", "DEUTDEFFX", "First National ", "Bank ", "of ", "Texas ", "FNB ",
				"\u0301", "\u00AD", "Ω", "銀行", " ", "5200", "622", "<MmbId>", "GB82", "NL91ABNA0417164300" };
		Random random = new Random(3);
		StringBuilder line = new StringBuilder(5_100_000);
		while (line.length() < 5_000_000) {
			line.append(fragments[random.nextInt(fragments.length)]);
		}
		String text = line.toString();
		// when
		MatchResult result = assertTimeoutPreemptively(BOUND, () -> this.matcher.match(text));
		// then
		assertThat(result.evidence()).isNotEmpty().allSatisfy((e) -> assertThat(e.line()).isEqualTo(1));
	}

	@Test
	void pathologicalRepetitions() {
		for (String unit : new String[] { "@", "a@", "@a.bc", "1", "A", "DE89 ", "First ", "First National Bank ", "\n",
				"\r\n", "5", "-", "." }) {
			String text = unit.repeat(1_000_000 / unit.length());
			assertTimeoutPreemptively(BOUND, () -> this.matcher.match(text));
		}
	}

	@Test
	void mixedScriptsAndNachaLikeLines() {
		String text = ("Сбербанк 銀行 First National Bank مصرف 021000021 Crédit\u0301 Agricole S.A.\n" + "5"
				+ "2".repeat(93) + "\n" + "6" + "0".repeat(93) + "\n" + "1" + " ".repeat(93) + "\n")
			.repeat(10_000);
		MatchResult result = assertTimeoutPreemptively(BOUND, () -> this.matcher.match(text));
		assertThat(result.evidence()).extracting(Evidence::clientId).contains("C001", "C004");
	}

}
