package com.breachimpact.incremental;

import java.nio.file.Path;

import com.breachimpact.analysis.TextCache;
import com.breachimpact.protection.KeyedHasher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text cache the configuration makes: encrypted by default, in clear with one notice
 * saying so, or off.
 */
@ExtendWith(OutputCaptureExtension.class)
class TextCacheNoticeTests {

	@TempDir
	Path dir;

	private final KeyedHasher caseKey = KeyedHasher.withKey(new byte[32]);

	@Test
	void aCacheInClearIsAnnouncedOnceAndAnEncryptedOneOrNoneIsNot(CapturedOutput output) {
		IncrementalConfiguration configuration = new IncrementalConfiguration();

		TextCache encrypted = configuration.textCache(properties(this.dir.resolve("cache"), true), this.caseKey);
		assertThat(encrypted.encrypted()).isTrue();
		TextCache off = configuration.textCache(properties(Path.of("off"), true), this.caseKey);
		TextCache yamlOff = configuration.textCache(properties(Path.of("false"), false), this.caseKey);
		assertThat(output).doesNotContain("in clear");

		TextCache clear = configuration.textCache(properties(this.dir.resolve("cache"), false), this.caseKey);
		assertThat(clear.encrypted()).isFalse();
		assertThat(output.toString().split("holds the text extracted from the inventory in clear", -1)).hasSize(2);
		assertThat(off.get("a".repeat(64))).isEmpty();
		assertThat(yamlOff.encrypted()).isFalse();
	}

	private IncrementalProperties properties(Path textCache, boolean encrypted) {
		return new IncrementalProperties(textCache, this.dir.resolve("locks"), encrypted);
	}

}
