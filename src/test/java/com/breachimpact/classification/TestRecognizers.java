package com.breachimpact.classification;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.breachimpact.protection.KeyedHasher;

/**
 * Shared fixtures of the classification tests: a hasher under a fixed key and a way to
 * run one recognizer over a string.
 */
final class TestRecognizers {

	static final KeyedHasher HASHER = KeyedHasher
		.withKey("classification-tests-key-0123456789".getBytes(StandardCharsets.UTF_8));

	static final FindingEmitter EMITTER = new FindingEmitter(HASHER, FindingEmitter.DEFAULT_FLOOR);

	private TestRecognizers() {
	}

	static List<SensitiveFinding> scan(Function<FindingEmitter, SensitiveDataRecognizer> factory, String text) {
		List<SensitiveFinding> findings = new ArrayList<>();
		factory.apply(EMITTER).scan(text, findings::add);
		return findings;
	}

	static String hash(SensitiveCategory category, String canonical) {
		return HASHER.hash(category.hashKind(), canonical);
	}

}
