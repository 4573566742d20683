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
 * Tests for {@link TikaContentExtractor}: member paths, spreadsheet rows.
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

	@Test
	void opendocumentSheetRowsAreTabSeparatedLines() throws IOException {
		String ns = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
				+ " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
				+ " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";
		// as LibreOffice writes a sheet: column styles, empty cells repeated to the
		// sheet's width, typed values, a cell of two paragraphs
		String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content" + ns
				+ " office:version=\"1.3\"><office:body><office:spreadsheet><table:table table:name=\"Sheet1\">"
				+ "<table:table-column table:number-columns-repeated=\"3\"/>"
				+ "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Accounts</text:p>"
				+ "</table:table-cell><table:table-cell table:number-columns-repeated=\"1023\"/></table:table-row>"
				+ "<table:table-row><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
				+ "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Name</text:p></table:table-cell>"
				+ "<table:table-cell/><table:table-cell office:value-type=\"string\"><text:p>DOB</text:p></table:table-cell>"
				+ "</table:table-row><table:table-row><table:table-cell office:value-type=\"string\"><text:p>Ann</text:p>"
				+ "<text:p>Lee</text:p></table:table-cell><table:table-cell office:value-type=\"float\""
				+ " office:value=\"12345678\"><text:p>12345678</text:p></table:table-cell>"
				+ "<table:table-cell office:value-type=\"date\" office:date-value=\"1958-04-04\"><text:p>04/04/58</text:p>"
				+ "</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>"
				+ "</office:document-content>";
		ByteArrayOutputStream ods = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(ods)) {
			byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
			ZipEntry entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(mimetype.length);
			java.util.zip.CRC32 crc = new java.util.zip.CRC32();
			crc.update(mimetype);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(mimetype);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		Path file = Files.write(this.dir.resolve("accounts.ods"), ods.toByteArray());
		Extraction extraction = new TikaContentExtractor(ExtractionProperties.defaults()).extract(file, "accounts.ods");
		assertThat(extraction.status()).isEqualTo(ExtractionStatus.OK);
		assertThat(extraction.parts().get(0).text())
			.startsWith("Accounts\n\nName\t\tDOB\nAnn Lee\t12345678\t04/04/58\n");
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
