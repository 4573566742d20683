package com.breachimpact.classification;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import com.breachimpact.support.FuzzTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Robustness of the classifier on hostile input: random text (fixed seed), binary junk
 * decoded in several charsets, and 5 MB single lines built to make backtracking or
 * rescanning recognizers slow. Every call must return without an exception within a time
 * bound.
 */
@FuzzTest
class RecognizerFuzzTests {

	private static final int FIVE_MB = 5 * 1024 * 1024;

	/** Generous for a shared 2-core machine; a quadratic scan of 5 MB takes hours. */
	private static final long MAX_NANOS_PER_CALL = 10_000_000_000L;

	private final SensitiveDataClassifier classifier = new SensitiveDataClassifier(TestRecognizers.HASHER);

	@Test
	void adversarialSingleLinesAreClassifiedInBoundedTime() {
		List<Supplier<String>> inputs = List.of(() -> repeat("4", FIVE_MB), () -> repeat("4111 ", FIVE_MB),
				() -> repeat("1-", FIVE_MB), () -> repeat("521-43-", FIVE_MB), () -> repeat("@", FIVE_MB),
				() -> repeat("a", FIVE_MB) + "@bank.com", () -> repeat("a.b@", FIVE_MB), () -> repeat("x@y.", FIVE_MB),
				() -> repeat("-----BEGIN RSA PRIVATE KEY-----", FIVE_MB),
				() -> "-----BEGIN PRIVATE KEY-----" + repeat("A", FIVE_MB), () -> repeat("password=", FIVE_MB),
				() -> "password=" + repeat("p", FIVE_MB), () -> "eyJ" + repeat("a", FIVE_MB),
				() -> repeat("eyJabcdefghij.", FIVE_MB), () -> repeat("DOB ", FIVE_MB),
				() -> repeat("DOB 1/1/", FIVE_MB), () -> repeat("account ", FIVE_MB),
				() -> repeat("acct 1234 ", FIVE_MB), () -> repeat("%B4526018159083012^", FIVE_MB),
				() -> repeat(";4526018159083012=", FIVE_MB), () -> repeat("(212) ", FIVE_MB),
				() -> repeat("212-736-", FIVE_MB), () -> repeat("SSN ", FIVE_MB), () -> repeat("AKIA", FIVE_MB),
				() -> repeat("ghp_", FIVE_MB), () -> repeat("xoxb-", FIVE_MB), () -> "101" + repeat("5", FIVE_MB),
				() -> "SSN,Account\n\"" + repeat("x", FIVE_MB), () -> "Name,SSN\n" + repeat(",", FIVE_MB),
				() -> repeat("\u0664\u0661\u0661\u0661", FIVE_MB), () -> repeat("\uff14\uff11\uff11\uff11 ", FIVE_MB),
				() -> repeat("\ud83d", FIVE_MB), () -> repeat("\u0000", FIVE_MB));
		for (String name : List.of("x.txt", "x.csv")) {
			for (Supplier<String> input : inputs) {
				classifyWithinBound(input.get(), name);
			}
		}
	}

	@Test
	void binaryJunkInSeveralCharsetsIsClassified() {
		Random random = new Random(20250102L);
		byte[] bytes = new byte[FIVE_MB];
		random.nextBytes(bytes);
		classifyWithinBound(new String(bytes, StandardCharsets.ISO_8859_1), "junk.bin");
		classifyWithinBound(new String(bytes, StandardCharsets.UTF_8), "junk.bin");
		classifyWithinBound(new String(bytes, StandardCharsets.UTF_16LE), "junk.bin");
		byte[] digitsAndSeparators = new byte[FIVE_MB];
		byte[] alphabet = "0123456789 -/.:=^%;?@\n".getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i < digitsAndSeparators.length; i++) {
			digitsAndSeparators[i] = alphabet[random.nextInt(alphabet.length)];
		}
		classifyWithinBound(new String(digitsAndSeparators, StandardCharsets.US_ASCII), "digits.txt");
	}

	@Test
	void randomFragmentsNeverThrow() {
		Random random = new Random(42L);
		String[] fragments = { "SSN ", "521-43-8765", "4526 0181 5908 3012", "acct no ", "DOB: ", "01/02/1980",
				"password=", "jane.doe@", "mailbox.org", "(212) ", "736-5000", "-----BEGIN RSA PRIVATE KEY-----",
				"-----END ", "%B", "^DOE/JANE^", ";", "=2712", "?", "\"", ",", "\n", "\r\n", "\t", "eyJ", ".", "AKIA",
				"\u00e9", "\ud83d\ude00", "\ud83d", "\u0000", "101 021000021", "6220210000", " " };
		List<String> samples = new ArrayList<>();
		for (int n = 0; n < 2000; n++) {
			StringBuilder sample = new StringBuilder();
			int parts = random.nextInt(40);
			for (int p = 0; p < parts; p++) {
				sample.append(fragments[random.nextInt(fragments.length)]);
				if (random.nextInt(4) == 0) {
					sample.append((char) random.nextInt(0x3000));
				}
			}
			samples.add(sample.toString());
		}
		String[] names = { "a.txt", "a.csv", "a.ach", null };
		for (int n = 0; n < samples.size(); n++) {
			String sample = samples.get(n);
			ClassificationResult result = this.classifier.classify(sample, names[n % names.length], null, n % 2 == 0);
			assertThat(result.findings()).allSatisfy((finding) -> {
				assertThat(finding.offset()).isBetween(0L, (long) sample.length());
				assertThat(finding.line()).isPositive();
				assertThat(finding.confidence()).isBetween(0.5, 1.0);
				assertThat(finding.valueHash()).hasSize(64);
			});
		}
	}

	private void classifyWithinBound(String text, String fileName) {
		long start = System.nanoTime();
		ClassificationResult result = this.classifier.classify(text, fileName, null);
		long elapsed = System.nanoTime() - start;
		assertThat(result).isNotNull();
		assertThat(elapsed)
			.as("nanos for %s (%d chars starting %s)", fileName, text.length(),
					text.substring(0, Math.min(12, text.length())))
			.isLessThan(MAX_NANOS_PER_CALL);
	}

	private static String repeat(String unit, int length) {
		return unit.repeat(Math.max(1, length / unit.length()));
	}

}
