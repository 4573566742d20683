package com.breachimpact.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TikaContentExtractor}: member paths.
 */
class TikaContentExtractorTests {

	@TempDir
	Path dir;

	@Test
	void membersKeepTheirFullPathsInsideNestedArchives() throws IOException {
		byte[] inner = zip("a/b.csv", "routing,011000015\n");
		ByteArrayOutputStream outer = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(outer)) {
			zip.putNextEntry(new ZipEntry("2024/q3.txt"));
			zip.write("Settlement for First Harbor Bank\n".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("nested/inner.zip"));
			zip.write(inner);
			zip.closeEntry();
		}
		Path file = Files.write(this.dir.resolve("bundle.zip"), outer.toByteArray());
		Extraction extraction = new TikaContentExtractor(ExtractionProperties.defaults()).extract(file, "bundle.zip");
		assertThat(extraction.status()).isEqualTo(ExtractionStatus.OK);
		assertThat(extraction.parts()).extracting(ExtractedPart::path, ExtractedPart::depth)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("", 0),
					org.assertj.core.groups.Tuple.tuple("2024/q3.txt", 1),
					org.assertj.core.groups.Tuple.tuple("nested/inner.zip", 1),
					org.assertj.core.groups.Tuple.tuple("nested/inner.zip!/a/b.csv", 2));
		assertThat(extraction.parts()).filteredOn((part) -> part.path().endsWith("b.csv"))
			.singleElement()
			.satisfies((part) -> assertThat(part.text()).contains("011000015"));
	}

	private static byte[] zip(String name, String content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
