package com.breachimpact.sample;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import com.breachimpact.support.SlowTest;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Tests for {@link HostileCorpusGenerator}: each file exists and really has the property
 * it is meant to test.
 */
@SlowTest
class HostileCorpusGeneratorTests {

	@TempDir
	static Path dir;

	private static Map<String, String> corpus;

	@BeforeAll
	static void generate() throws IOException {
		corpus = HostileCorpusGenerator.generate(dir);
	}

	@Test
	void everyRecordedPathIsFoundByAWalk() throws IOException {
		Set<String> walked = new HashSet<>();
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.forEach((path) -> walked.add(dir.relativize(path).toString()));
		}
		assertThat(walked).containsAll(corpus.keySet());
	}

	@Test
	void onLinuxEveryKindIsCreated() {
		assumeThat(System.getProperty("os.name")).startsWith("Linux");
		assertThat(corpus.values()).contains(HostileCorpusGenerator.ZIP_BOMB, HostileCorpusGenerator.ZIP_NESTING,
				HostileCorpusGenerator.TRUNCATED_PDF, HostileCorpusGenerator.TRUNCATED_DOCX,
				HostileCorpusGenerator.NOT_A_DOCX, HostileCorpusGenerator.EMPTY, HostileCorpusGenerator.ENCRYPTED_PDF,
				HostileCorpusGenerator.ENCRYPTED_ZIP, HostileCorpusGenerator.SYMLINK_LOOP,
				HostileCorpusGenerator.NON_UTF8_NAME, HostileCorpusGenerator.NEWLINE_NAME,
				HostileCorpusGenerator.LONG_NAME, HostileCorpusGenerator.HUGE_LINE, HostileCorpusGenerator.FIFO);
	}

	@Test
	void zipBombIsSmallOnDiskAndExpandsPastOneGigabyte() throws IOException {
		Path bomb = only(HostileCorpusGenerator.ZIP_BOMB);
		assertThat(Files.size(bomb)).isLessThan(32 * 1024);
		long expanded = 0;
		try (ZipInputStream outer = new ZipInputStream(Files.newInputStream(bomb))) {
			assertThat(outer.getNextEntry().getName()).isEqualTo("inner.zip");
			ZipInputStream inner = new ZipInputStream(outer);
			assertThat(inner.getNextEntry().getName()).isEqualTo("zeros.bin");
			byte[] buffer = new byte[1 << 16];
			for (int read = inner.read(buffer); read >= 0; read = inner.read(buffer)) {
				expanded += read;
			}
		}
		assertThat(expanded).isGreaterThan(1_000_000_000L).isEqualTo(HostileCorpusGenerator.BOMB_EXPANDED_BYTES);
	}

	@Test
	void nestedZipIsTwentyDeep() throws IOException {
		byte[] bytes = Files.readAllBytes(only(HostileCorpusGenerator.ZIP_NESTING));
		int depth = 0;
		String innermost = null;
		while (innermost == null) {
			depth++;
			try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
				ZipEntry entry = zip.getNextEntry();
				bytes = zip.readAllBytes();
				assertThat(zip.getNextEntry()).as("a single entry at depth %d", depth).isNull();
				if (!entry.getName().endsWith(".zip")) {
					innermost = entry.getName();
				}
			}
		}
		assertThat(depth).isEqualTo(HostileCorpusGenerator.NESTING_DEPTH);
		assertThat(innermost).isEqualTo("payload.txt");
		assertThat(new String(bytes, StandardCharsets.US_ASCII)).contains("bottom of the nest");
	}

	@Test
	void truncatedPdfHasNoTrailerAndYieldsNoText() throws IOException {
		byte[] pdf = Files.readAllBytes(only(HostileCorpusGenerator.TRUNCATED_PDF));
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		assertThat(text).startsWith("%PDF-").doesNotContain("%%EOF").doesNotContain("startxref").contains("stream");
		String extracted;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			extracted = new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			extracted = "";
		}
		assertThat(extracted).doesNotContain("POS PURCHASE 00370");
	}

	@Test
	void truncatedDocxHasNoCentralDirectory() throws IOException {
		Path docx = only(HostileCorpusGenerator.TRUNCATED_DOCX);
		byte[] bytes = Files.readAllBytes(docx);
		assertThat(bytes).startsWith('P', 'K', 3, 4);
		assertThat(indexOf(bytes, new byte[] { 'P', 'K', 5, 6 })).isNegative();
		assertThatExceptionOfType(ZipException.class)
			.isThrownBy(() -> new java.util.zip.ZipFile(docx.toFile()).close());
	}

	@Test
	void randomDocxIsNoZip() throws IOException {
		Path docx = only(HostileCorpusGenerator.NOT_A_DOCX);
		assertThat(docx.toString()).endsWith(".docx");
		byte[] bytes = Files.readAllBytes(docx);
		assertThat(bytes).hasSize(8192);
		assertThat(bytes[0] == 'P' && bytes[1] == 'K').as("ZIP signature").isFalse();
		assertThatExceptionOfType(ZipException.class)
			.isThrownBy(() -> new java.util.zip.ZipFile(docx.toFile()).close());
	}

	@Test
	void emptyFilesAreEmpty() throws IOException {
		List<Path> empty = all(HostileCorpusGenerator.EMPTY);
		assertThat(empty).hasSizeGreaterThanOrEqualTo(2);
		for (Path path : empty) {
			assertThat(Files.size(path)).isZero();
		}
	}

	@Test
	void encryptedPdfNeedsItsPassword() throws IOException {
		Path pdf = only(HostileCorpusGenerator.ENCRYPTED_PDF);
		assertThatExceptionOfType(InvalidPasswordException.class)
			.isThrownBy(() -> Loader.loadPDF(pdf.toFile()).close());
		assertThatExceptionOfType(InvalidPasswordException.class)
			.isThrownBy(() -> Loader.loadPDF(pdf.toFile(), "wrong").close());
		try (PDDocument document = Loader.loadPDF(pdf.toFile(), HostileCorpusGenerator.PASSWORD)) {
			assertThat(document.isEncrypted()).isTrue();
			assertThat(document.getEncryption().getLength()).isEqualTo(256);
			assertThat(new PDFTextStripper().getText(document)).contains("HOSTILE CORPUS TEST STATEMENT");
		}
	}

	@Test
	void encryptedZipIsMarkedEncryptedAndUnreadableWithoutPassword() throws IOException {
		Path zip = only(HostileCorpusGenerator.ENCRYPTED_ZIP);
		try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
			List<ZipArchiveEntry> entries = Collections.list(file.getEntries());
			assertThat(entries).singleElement().satisfies((entry) -> {
				assertThat(entry.getName()).isEqualTo(HostileCorpusGenerator.ENCRYPTED_ZIP_ENTRY);
				assertThat(entry.getGeneralPurposeBit().usesEncryption()).isTrue();
				assertThat(entry.getSize()).isEqualTo(HostileCorpusGenerator.ENCRYPTED_ZIP_CONTENT.length());
				assertThat(file.canReadEntryData(entry)).isFalse();
			});
		}
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			assertThatExceptionOfType(ZipException.class).isThrownBy(in::getNextEntry)
				.withMessageContaining("encrypted");
		}
	}

	@Test
	void encryptedZipDecryptsWithItsPasswordInInfoZip() throws Exception {
		Path zip = only(HostileCorpusGenerator.ENCRYPTED_ZIP);
		assumeThat(Files.isExecutable(Path.of("/usr/bin/unzip"))).as("Info-ZIP unzip installed").isTrue();
		assertThat(unzip(zip, HostileCorpusGenerator.PASSWORD)).isEqualTo(HostileCorpusGenerator.ENCRYPTED_ZIP_CONTENT);
		assertThat(unzip(zip, "wrong-password")).isNull();
	}

	@Test
	void symlinkLoopsBackToItsGrandparent() throws IOException {
		Path link = only(HostileCorpusGenerator.SYMLINK_LOOP);
		assertThat(Files.isSymbolicLink(link)).isTrue();
		assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of(".."));
		assertThat(link.toRealPath()).isEqualTo(link.getParent().getParent().toRealPath());
		try (Stream<Path> walk = Files.walk(link.getParent().getParent(), FileVisitOption.FOLLOW_LINKS)) {
			assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> walk.forEach((path) -> {
			})).withCauseInstanceOf(FileSystemLoopException.class);
		}
	}

	@Test
	void nonUtf8NameCannotBeSpelledButCanBeWalked() throws IOException {
		String key = key(HostileCorpusGenerator.NON_UTF8_NAME);
		assertThat(key).contains("\uFFFD");
		assertThat(Files.exists(dir.resolve(key), LinkOption.NOFOLLOW_LINKS)).isFalse();
		try (Stream<Path> files = Files.list(dir.resolve("names-raw"))) {
			Path walked = files.filter((path) -> dir.relativize(path).toString().equals(key)).findFirst().orElseThrow();
			assertThat(Files.readString(walked)).isEqualTo("not UTF-8\n");
		}
	}

	@Test
	void newlineNameHoldsALineFeed() {
		String key = key(HostileCorpusGenerator.NEWLINE_NAME);
		assertThat(key).contains("\n");
		assertThat(Files.isRegularFile(dir.resolve(key))).isTrue();
	}

	@Test
	void longNameIs255Bytes() {
		Path path = only(HostileCorpusGenerator.LONG_NAME);
		assertThat(path.getFileName().toString().getBytes(StandardCharsets.UTF_8)).hasSize(255);
		assertThat(Files.isRegularFile(path)).isTrue();
	}

	@Test
	void hugeLineIsFiveMegabytesWithoutLineBreak() throws IOException {
		Path path = only(HostileCorpusGenerator.HUGE_LINE);
		assertThat(Files.size(path)).isEqualTo(HostileCorpusGenerator.HUGE_LINE_BYTES);
		boolean multiByte = false;
		try (InputStream in = Files.newInputStream(path)) {
			byte[] buffer = new byte[1 << 16];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				for (int i = 0; i < read; i++) {
					assertThat(buffer[i]).isNotEqualTo((byte) '\n').isNotEqualTo((byte) '\r');
					multiByte |= buffer[i] < 0;
				}
			}
		}
		assertThat(multiByte).isTrue();
	}

	@Test
	void fifoIsAPipeNotAFile() throws IOException {
		Path fifo = only(HostileCorpusGenerator.FIFO);
		BasicFileAttributes attributes = Files.readAttributes(fifo, BasicFileAttributes.class,
				LinkOption.NOFOLLOW_LINKS);
		assertThat(attributes.isOther()).isTrue();
		assertThat(attributes.isRegularFile()).isFalse();
	}

	private static String key(String kind) {
		List<String> keys = corpus.entrySet()
			.stream()
			.filter((e) -> e.getValue().equals(kind))
			.map(Map.Entry::getKey)
			.toList();
		assumeThat(keys).as("%s created on %s", kind, System.getProperty("os.name")).isNotEmpty();
		assertThat(keys).hasSize(1);
		return keys.get(0);
	}

	private static Path only(String kind) {
		return dir.resolve(key(kind));
	}

	private static List<Path> all(String kind) {
		return corpus.entrySet()
			.stream()
			.filter((e) -> e.getValue().equals(kind))
			.map((e) -> dir.resolve(e.getKey()))
			.toList();
	}

	private static int indexOf(byte[] bytes, byte[] pattern) {
		outer: for (int i = 0; i <= bytes.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (bytes[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** The entry's clear text from {@code unzip -p}, or {@code null} if unzip fails. */
	private static String unzip(Path zip, String password) throws Exception {
		Process process = new ProcessBuilder("unzip", "-p", "-P", password, zip.toString(),
				HostileCorpusGenerator.ENCRYPTED_ZIP_ENTRY)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		byte[] out = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return (process.exitValue() == 0) ? new String(out, StandardCharsets.UTF_8) : null;
	}

}
