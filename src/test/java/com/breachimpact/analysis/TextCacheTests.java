package com.breachimpact.analysis;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.breachimpact.extraction.ExtractedPart;
import com.breachimpact.extraction.Extraction;
import com.breachimpact.extraction.ExtractionStatus;
import com.breachimpact.protection.KeyedHasher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TextCache}: an encrypted cache holds no clear text and reads back only
 * under the same case key and content hash; a cache that is off keeps nothing.
 */
class TextCacheTests {

	private static final String SHA = "a".repeat(64);

	private static final String OTHER_SHA = "b".repeat(64);

	@TempDir
	Path dir;

	private final Extraction extraction = new Extraction(ExtractionStatus.OK, null, "text/plain",
			List.of(new ExtractedPart("", "text/plain", "Jane Roe SSN 536-22-4417 password Hunter2x", 0,
					ExtractionStatus.OK, null)));

	@Test
	void anEncryptedEntryHoldsNoClearTextAndReadsBackUnderTheSameKey() throws Exception {
		// given
		KeyedHasher caseKey = KeyedHasher.withKey(new byte[32]);
		TextCache cache = new TextCache(this.dir, caseKey.derivedKey(TextCache.KEY_PURPOSE));

		// when
		cache.put(SHA, this.extraction);

		// then
		List<Path> files = files();
		assertThat(files).singleElement().satisfies((file) -> assertThat(file.toString()).endsWith(SHA + ".gcm"));
		String stored = new String(Files.readAllBytes(files.get(0)), StandardCharsets.ISO_8859_1);
		assertThat(stored).doesNotContain("536-22-4417", "Hunter2x", "Jane Roe");
		assertThat(cache.get(SHA)).get()
			.satisfies(
					(read) -> assertThat(read.parts().get(0).text()).isEqualTo(this.extraction.parts().get(0).text()));
		byte[] otherKey = new byte[32];
		otherKey[0] = 1;
		assertThat(new TextCache(this.dir, KeyedHasher.withKey(otherKey).derivedKey(TextCache.KEY_PURPOSE)).get(SHA))
			.as("another case key reads nothing")
			.isEmpty();
		Path moved = files.get(0).resolveSibling("../bb/" + OTHER_SHA + ".gcm").normalize();
		Files.createDirectories(moved.getParent());
		Files.copy(files.get(0), moved);
		assertThat(cache.get(OTHER_SHA)).as("an entry under another content's name does not read").isEmpty();
	}

	@Test
	void aCacheInClearStillReadsBackAndACacheThatIsOffKeepsNothing() throws Exception {
		TextCache clear = new TextCache(this.dir.resolve("clear"), null);
		clear.put(SHA, this.extraction);
		assertThat(clear.get(SHA)).isPresent();

		TextCache off = TextCache.off();
		off.put(SHA, this.extraction);
		assertThat(off.get(SHA)).isEmpty();
		assertThat(files()).allSatisfy((file) -> assertThat(file.toString()).contains("clear"));
	}

	private List<Path> files() throws Exception {
		try (Stream<Path> files = Files.walk(this.dir)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

}
