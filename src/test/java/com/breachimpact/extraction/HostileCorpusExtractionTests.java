package com.breachimpact.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.breachimpact.support.SlowTest;
import com.breachimpact.extraction.ExtractionProperties.Isolation;
import com.breachimpact.sample.HostileCorpusGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both extractors over the hostile corpus (generated once, in a temporary folder), over
 * password-protected files, and over the sample inventory afterwards.
 */
@SlowTest
class HostileCorpusExtractionTests {

	private static final Path SAMPLES = Path.of("samples/inventory");

	@TempDir
	static Path corpusDir;

	static Map<String, String> corpus;

	static Map<Isolation, ContentExtractor> extractors = new EnumMap<>(Isolation.class);

	@BeforeAll
	static void generate() throws IOException {
		corpus = HostileCorpusGenerator.generate(corpusDir);
		ExtractionProperties properties = ExtractionProperties.defaults()
			.withParserProcesses(1, 500, DataSize.ofMegabytes(128));
		extractors.put(Isolation.IN_PROCESS, new TikaContentExtractor(properties));
		extractors.put(Isolation.FORKED, new ForkedContentExtractor(properties));
		Path encrypted = Files.createDirectories(corpusDir.resolve("more-encrypted"));
		Files.write(encrypted.resolve("aes.zip"), EncryptedFiles.aesZip("payroll.csv", 400));
		Files.write(encrypted.resolve("protected.docx"), EncryptedFiles.encryptedOoxml(
				Files.readAllBytes(SAMPLES.resolve("shared/onboarding/new_client_checklist.docx")), "secret"));
	}

	@AfterAll
	static void close() {
		((ForkedContentExtractor) extractors.get(Isolation.FORKED)).close();
	}

	@ParameterizedTest
	@EnumSource(Isolation.class)
	void zipBombEndsAtTheRatioLimitQuicklyWithTheOuterPartsKept(Isolation isolation) {
		long start = System.nanoTime();
		Extraction extraction = extract(isolation, "bomb/zeros.zip");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
		// the forked parser process has a 128 MB heap: inflating the bomb in memory would
		// end
		// 'oom'
		assertThat(extraction.status().code()).isEqualTo("limit:ratio");
		assertThat(extraction.status().hasText()).isTrue();
		assertThat(extraction.parts()).first().satisfies((container) -> {
			assertThat(container.isContainer()).isTrue();
			assertThat(container.text()).contains("inner.zip");
		});
		assertThat(extraction.parts()).anySatisfy((part) -> {
			assertThat(part.path()).isEqualTo("inner.zip!/zeros.bin");
			assertThat(part.status()).isEqualTo(ExtractionStatus.LIMIT_RATIO);
		});
	}

	@ParameterizedTest
	@EnumSource(Isolation.class)
	void deepNestingEndsAtTheDepthLimitWithTheOuterPartsKept(Isolation isolation) {
		Extraction extraction = extract(isolation, "nesting/nested-20.zip");
		assertThat(extraction.status().code()).isEqualTo("limit:depth");
		assertThat(extraction.parts()).hasSize(12);
		for (int depth = 0; depth <= 10; depth++) {
			int level = depth;
			assertThat(extraction.parts()).filteredOn((part) -> part.depth() == level)
				.singleElement()
				.satisfies((part) -> {
					assertThat(part.status()).isEqualTo(ExtractionStatus.OK);
					assertThat(part.text()).contains("level-" + (level + 2) + ".zip");
				});
		}
		assertThat(extraction.parts()).filteredOn((part) -> part.depth() == 11).singleElement().satisfies((part) -> {
			assertThat(part.status()).isEqualTo(ExtractionStatus.LIMIT_DEPTH);
			assertThat(part.path()).endsWith("level-11.zip!/level-12.zip").startsWith("level-2.zip!/");
		});
	}

	@ParameterizedTest
	@EnumSource(Isolation.class)
	void brokenDocumentsAreCorruptAndTheTruncatedPdfIsFlagged(Isolation isolation) {
		assertThat(extract(isolation, "truncated/letter.docx").status()).isEqualTo(ExtractionStatus.CORRUPT);
		assertThat(extract(isolation, "junk/random.docx").status()).isEqualTo(ExtractionStatus.CORRUPT);
		Extraction truncatedPdf = extract(isolation, "truncated/statement.pdf");
		assertThat(truncatedPdf.status()).isEqualTo(ExtractionStatus.OK);
		assertThat(truncatedPdf.flags()).containsExactly(QualityFlag.NEEDS_OCR);
		assertThat(truncatedPdf.parts().get(0).text()).doesNotContain("POS PURCHASE");
	}

	@ParameterizedTest
	@EnumSource(Isolation.class)
	void emptyFilesAreEmpty(Isolation isolation) {
		assertThat(extract(isolation, "empty/empty.txt").status().code()).isEqualTo("empty");
		assertThat(extract(isolation, "empty/empty.pdf").status().code()).isEqualTo("empty");
	}

	@ParameterizedTest
	@EnumSource(Isolation.class)
	void passwordProtectedFilesAreEncrypted(Isolation isolation) {
		assertThat(extract(isolation, "encrypted/statement.pdf").status()).isEqualTo(ExtractionStatus.ENCRYPTED);
		assertThat(extract(isolation, "more-encrypted/protected.docx").status()).isEqualTo(ExtractionStatus.ENCRYPTED);
		Extraction zipCrypto = extract(isolation, "encrypted/secret.zip");
		assertThat(zipCrypto.status()).isEqualTo(ExtractionStatus.ENCRYPTED);
		assertThat(zipCrypto.parts()).anySatisfy((part) -> {
			assertThat(part.path()).isEqualTo(HostileCorpusGenerator.ENCRYPTED_ZIP_ENTRY);
			assertThat(part.depth()).isEqualTo(1);
			assertThat(part.status()).isEqualTo(ExtractionStatus.ENCRYPTED);
			assertThat(part.text()).isEmpty();
		});
		Extraction aes = extract(isolation, "more-encrypted/aes.zip");
		assertThat(aes.status()).isEqualTo(ExtractionStatus.ENCRYPTED);
		assertThat(aes.parts()).anySatisfy((part) -> {
			assertThat(part.path()).isEqualTo("payroll.csv");
			assertThat(part.status()).isEqualTo(ExtractionStatus.ENCRYPTED);
		});
	}

	@ParameterizedTest
	@EnumSource(Isolation.class)
	@EnabledOnOs(value = OS.LINUX, disabledReason = "the corpus has a FIFO where mkfifo exists (Linux)")
	void aFifoIsUnreadableWithoutBlocking(Isolation isolation) {
		assertThat(corpus).containsEntry("special/pipe.fifo", HostileCorpusGenerator.FIFO);
		assertThat(extract(isolation, "special/pipe.fifo").status()).isEqualTo(ExtractionStatus.UNREADABLE);
	}

	@ParameterizedTest
	@EnumSource(Isolation.class)
	@EnabledOnOs(value = OS.LINUX, disabledReason = "the corpus has a symbolic link loop where links exist (Linux)")
	void aSymbolicLinkLoopIsUnreadable(Isolation isolation) {
		assertThat(corpus).containsEntry("links/a/loop", HostileCorpusGenerator.SYMLINK_LOOP);
		assertThat(extract(isolation, "links/a/loop").status()).isEqualTo(ExtractionStatus.UNREADABLE);
	}

	@ParameterizedTest
	@EnumSource(Isolation.class)
	void aFileThatIsGoneHasVanished(Isolation isolation) {
		assertThat(extractors.get(isolation).extract(corpusDir.resolve("no/such/file.txt"), "file.txt").status())
			.isEqualTo(ExtractionStatus.VANISHED);
	}

	@ParameterizedTest
	@EnumSource(Isolation.class)
	void oddNamesAndAHugeLineExtract(Isolation isolation) throws IOException {
		Extraction hugeLine = extract(isolation, "text/one-line-5mb.txt");
		assertThat(hugeLine.status()).isEqualTo(ExtractionStatus.OK);
		assertThat(hugeLine.textChars()).isGreaterThan(4_000_000);
		assertThat(hugeLine.flags()).isEmpty();
		for (Map.Entry<String, String> entry : corpus.entrySet()) {
			if (entry.getValue().endsWith("-name")) {
				Path file = find(entry.getKey());
				Extraction extraction = extractors.get(isolation).extract(file, file.getFileName().toString());
				assertThat(extraction.status()).as(entry.getValue()).isEqualTo(ExtractionStatus.OK);
				assertThat(extraction.parts().get(0).text()).as(entry.getValue()).isNotBlank();
			}
		}
	}

	@ParameterizedTest
	@EnumSource(Isolation.class)
	void sampleInventoryExtractsAfterTheHostileCorpusAndIsLeftUnchanged(Isolation isolation) throws IOException {
		Map<String, String> before = hashes(SAMPLES);
		Map<String, String> corpusBefore = hashes(corpusDir);
		for (String hostile : corpus.keySet()) {
			Path file = find(hostile);
			if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
				extractors.get(isolation).extract(file, file.getFileName().toString());
			}
		}
		Map<String, ExtractionStatus> statuses = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SAMPLES)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Extraction extraction = extractors.get(isolation).extract(file, file.getFileName().toString());
				statuses.put(SAMPLES.relativize(file).toString(), extraction.status());
				if (extraction.status() == ExtractionStatus.OK) {
					assertThat(extraction.textChars()).as(file.toString()).isPositive();
				}
			}
		}
		assertThat(statuses).hasSize(29);
		assertThat(statuses).containsEntry("archive/corrupt/board_minutes_final.docx", ExtractionStatus.CORRUPT)
			.containsEntry("archive/locked/statement_keystone_protected.pdf", ExtractionStatus.ENCRYPTED)
			.containsEntry("archive/empty_upload_20240301.csv", ExtractionStatus.EMPTY);
		assertThat(statuses.values()).filteredOn((status) -> status == ExtractionStatus.OK).hasSize(26);
		assertThat(hashes(SAMPLES)).isEqualTo(before);
		assertThat(hashes(corpusDir)).isEqualTo(corpusBefore);
	}

	private static Extraction extract(Isolation isolation, String relative) {
		Path file = corpusDir.resolve(relative);
		return extractors.get(isolation).extract(file, file.getFileName().toString());
	}

	/**
	 * The corpus key of the non-UTF-8 name does not resolve: find that file by walking
	 * its folder.
	 */
	private static Path find(String relative) throws IOException {
		if (!relative.startsWith("names-raw/")) {
			return corpusDir.resolve(relative);
		}
		try (Stream<Path> files = Files.list(corpusDir.resolve("names-raw"))) {
			return files.findFirst().orElseThrow();
		}
	}

	private static Map<String, String> hashes(Path root) throws IOException {
		Map<String, String> hashes = new TreeMap<>();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(root)) {
			files = walk.filter((file) -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).toList();
		}
		for (Path file : files) {
			hashes.put(root.relativize(file).toString(), sha256(file));
		}
		return hashes;
	}

	private static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			byte[] buffer = new byte[1 << 16];
			MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
			while (in.read(buffer) >= 0) {
				// digesting
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
