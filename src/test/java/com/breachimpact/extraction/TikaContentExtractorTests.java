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
	void aParserFailureKeepsTheExceptionClassAndNoTextOfTheFile() throws IOException {
		// given: a DOCX whose document part references an undeclared entity (the XML
		// parser's message quotes it: The entity "Hunter2x" was referenced, but not
		// declared), alone and as a zip member
		byte[] docx = docxWithBody("<w:p><w:r><w:t>&Hunter2x;</w:t></w:r></w:p>");
		Path file = Files.write(this.dir.resolve("letter.docx"), docx);
		Path bundle = Files.write(this.dir.resolve("letters.zip"), zipOf("letter.docx", docx));
		TikaContentExtractor extractor = new TikaContentExtractor(ExtractionProperties.defaults());

		// when
		Extraction alone = extractor.extract(file, "letter.docx");
		Extraction zipped = extractor.extract(bundle, "letters.zip");

		// then
		assertThat(alone.status()).isEqualTo(ExtractionStatus.CORRUPT);
		assertThat(alone.detail()).matches("parser failed \\([A-Za-z]+\\)");
		ExtractedPart member = zipped.parts()
			.stream()
			.filter((part) -> part.path().equals("letter.docx"))
			.findFirst()
			.orElseThrow();
		assertThat(member.status()).isEqualTo(ExtractionStatus.CORRUPT);
		assertThat(member.detail()).matches("member failed \\([A-Za-z]+\\)");
	}

	private static byte[] docxWithBody(String body) throws IOException {
		String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			put(zip, "[Content_Types].xml",
					"""
							<?xml version="1.0" encoding="UTF-8"?>
							<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
							<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
							<Default Extension="xml" ContentType="application/xml"/>
							<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
							</Types>""");
			put(zip, "_rels/.rels",
					"""
							<?xml version="1.0" encoding="UTF-8"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
							</Relationships>""");
			put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document xmlns:w=\"" + w
					+ "\"><w:body>" + body + "</w:body></w:document>");
		}
		return bytes.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static byte[] zipOf(String name, byte[] content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	@Test
	void twoEntriesOfOneNameAreNumberedAndANameEndingInABangIsEscaped() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String name : new String[] { "c", "x", "c#2", "dir!/b" }) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(("text of " + name + "\n").getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		byte[] zip = bytes.toByteArray();
		// ZipOutputStream refuses two entries of one name: rename x to c in both headers
		for (int i = 0; i + 1 < zip.length; i++) {
			if (zip[i] == 'x') {
				boolean header = (i >= 30 && zip[i - 30] == 'P' && zip[i - 29] == 'K' && zip[i - 28] == 3)
						|| (i >= 46 && zip[i - 46] == 'P' && zip[i - 45] == 'K' && zip[i - 44] == 1);
				if (header) {
					zip[i] = 'c';
				}
			}
		}
		Path file = Files.write(this.dir.resolve("dup.zip"), zip);
		Extraction extraction = new TikaContentExtractor(ExtractionProperties.defaults()).extract(file, "dup.zip");
		assertThat(extraction.parts()).extracting(ExtractedPart::path)
			.as("the second c is c#2, so the entry really named c#2 is numbered in turn")
			.containsExactlyInAnyOrder("", "c", "c#2", "c#2#2", "dir!!/b");
		assertThat(extraction.parts()).filteredOn((part) -> part.path().startsWith("c"))
			.extracting(ExtractedPart::text)
			.allSatisfy((text) -> assertThat(text).startsWith("text of "));
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
