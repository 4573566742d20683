package com.breachimpact.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits of {@link TikaContentExtractor}, each hit on purpose: the item ends
 * {@code limit:<which>} with the parts read before the limit.
 */
@Timeout(60)
class TikaContentExtractorLimitsTests {

	/** A ZIP of an ACH file, a CSV and a PDF. */
	private static final Path SAMPLE_ZIP = Path
		.of("samples/inventory/clients/sierrapines/outbound/month_end_2024-03.zip");

	@TempDir
	Path dir;

	@Test
	void writeLimitEndsLimitCharsWithTheTextUpToIt() throws IOException {
		Path text = Files.writeString(this.dir.resolve("long.txt"), "settlement ledger ".repeat(10_000));
		TikaContentExtractor extractor = new TikaContentExtractor(
				ExtractionProperties.defaults().withLimits(1000, 10_000, 10, DataSize.ofGigabytes(4), 100));
		Extraction extraction = extractor.extract(text, "long.txt");
		assertThat(extraction.status()).isEqualTo(ExtractionStatus.TRUNCATED);
		assertThat(extraction.status().code()).isEqualTo("limit:chars");
		assertThat(extraction.status().hasText()).isTrue();
		assertThat(extraction.textChars()).isBetween(900L, 1000L);
	}

	@Test
	void memberLimitEndsLimitMembersWithTheFirstMembersKept() {
		TikaContentExtractor extractor = new TikaContentExtractor(
				ExtractionProperties.defaults().withLimits(20_000_000, 2, 10, DataSize.ofGigabytes(4), 100));
		Extraction extraction = extractor.extract(SAMPLE_ZIP, SAMPLE_ZIP.getFileName().toString());
		assertThat(extraction.status().code()).isEqualTo("limit:members");
		assertThat(extraction.parts()).filteredOn((part) -> part.status() == ExtractionStatus.OK && part.depth() == 1)
			.hasSize(2)
			.allSatisfy((part) -> assertThat(part.text()).isNotBlank());
		assertThat(extraction.parts()).filteredOn((part) -> part.status() == ExtractionStatus.LIMIT_MEMBERS).hasSize(1);
	}

	@Test
	void expandedBytesLimitEndsLimitBytes() {
		TikaContentExtractor extractor = new TikaContentExtractor(ExtractionProperties.defaults()
			.withLimits(20_000_000, 10_000, 10, DataSize.ofBytes(1000), Integer.MAX_VALUE));
		Extraction extraction = extractor.extract(SAMPLE_ZIP, SAMPLE_ZIP.getFileName().toString());
		assertThat(extraction.status().code()).isEqualTo("limit:bytes");
		assertThat(extraction.parts()).first().satisfies((container) -> assertThat(container.text()).isNotBlank());
		assertThat(extraction.parts())
			.anySatisfy((part) -> assertThat(part.status()).isEqualTo(ExtractionStatus.LIMIT_BYTES));
	}

	@Test
	void wellCompressedSmallMembersPassTheRatioLimit() throws IOException {
		// 500 KB of repeated lines compress far beyond 100:1, but stay under the 1 MiB
		// grace
		Path zip = this.dir.resolve("repetitive.zip");
		try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new java.util.zip.ZipEntry("repeat.csv"));
			out.write("2024-03-01,0.00,ok\n".repeat(25_000).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			out.closeEntry();
		}
		assertThat(Files.size(zip) * 100).isLessThan(475_000);
		Extraction extraction = new TikaContentExtractor(ExtractionProperties.defaults()).extract(zip,
				"repetitive.zip");
		assertThat(extraction.status()).isEqualTo(ExtractionStatus.OK);
	}

	@Test
	void timeLimitStopsAParserThatKeepsWritingWithItsTextKept() throws IOException {
		Path drip = Files.writeString(this.dir.resolve("slow.drip"), "x");
		TikaContentExtractor extractor = new TikaContentExtractor(new MisbehavingParser(),
				ExtractionProperties.defaults().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)));
		long start = System.nanoTime();
		Extraction extraction = extractor.extract(drip, "slow.drip");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		assertThat(extraction.status().code()).isEqualTo("limit:time");
		assertThat(extraction.parts().get(0).text()).contains("drip line 0");
	}

	@Test
	void stackOverflowInProcessEndsCrash() throws IOException {
		Path deep = Files.writeString(this.dir.resolve("deep.stack"), "x");
		Extraction extraction = new TikaContentExtractor(new MisbehavingParser(), ExtractionProperties.defaults())
			.extract(deep, "deep.stack");
		assertThat(extraction.status().code()).isEqualTo("crash");
	}

}
