package com.breachimpact.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail headers and document properties travel with each extracted part
 * ({@link ExtractedPart#metadata()}): from a real message, from a message attached to it,
 * and from a message inside a ZIP, in process and through the forked parser child.
 */
class MailHeaderExtractionTests {

	@TempDir
	Path dir;

	/** A message with every address header and a message/rfc822 attachment. */
	static String message() {
		return """
				From: Ops Desk <ops@outer.example>
				To: Treasury <treasury@to-bank.example>
				Cc: Wire Room <wire.room@sftp.cc-bank.example>
				Bcc: audit@bcc-bank.example
				Reply-To: replies@reply-bank.example
				Sender: relay@sender-bank.example
				Subject: Settlement files
				Date: Mon, 2 Jun 2025 10:00:00 +0000
				MIME-Version: 1.0
				Content-Type: multipart/mixed; boundary="b1"

				--b1
				Content-Type: text/plain; charset=UTF-8

				Please find the forwarded notice attached.
				--b1
				Content-Type: message/rfc822
				Content-Disposition: attachment; filename="notice.eml"

				From: notices@inner-from.example
				To: desk@inner-to.example
				Cc: copy@inner-cc-bank.example
				Subject: Notice
				Content-Type: text/plain; charset=UTF-8

				Inner body.
				--b1--
				""".replace("\n", "\r\n");
	}

	@Test
	void headersOfAMessageAndOfItsAttachedMessageAreMetadataOfTheirParts() throws IOException {
		Path file = Files.writeString(this.dir.resolve("mail.eml"), message(), StandardCharsets.UTF_8);
		Extraction extraction = new TikaContentExtractor(ExtractionProperties.defaults()).extract(file, "mail.eml");
		assertHeaders(extraction);
	}

	@Test
	void theForkedParserChildCarriesTheHeadersBack() throws IOException {
		Path file = Files.writeString(this.dir.resolve("mail.eml"), message(), StandardCharsets.UTF_8);
		try (ForkedContentExtractor extractor = new ForkedContentExtractor(ExtractionProperties.defaults())) {
			assertHeaders(extractor.extract(file, "mail.eml"));
		}
	}

	@Test
	void aMessageInsideAZipKeepsItsHeaders() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("mail/sent.eml"));
			zip.write(message().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		Path file = Files.write(this.dir.resolve("export.zip"), bytes.toByteArray());
		Extraction extraction = new TikaContentExtractor(ExtractionProperties.defaults()).extract(file, "export.zip");
		ExtractedPart mail = part(extraction, "mail/sent.eml");
		assertThat(mail.metadata()).contains(new MetadataField("Cc", "Wire Room <wire.room@sftp.cc-bank.example>"));
		assertThat(extraction.parts()).filteredOn((part) -> part.path().startsWith("mail/sent.eml!/"))
			.flatMap(ExtractedPart::metadata)
			.extracting(MetadataField::value)
			.anySatisfy((value) -> assertThat(value).contains("copy@inner-cc-bank.example"));
	}

	private static void assertHeaders(Extraction extraction) {
		assertThat(extraction.status()).isEqualTo(ExtractionStatus.OK);
		ExtractedPart outer = part(extraction, "");
		List<MetadataField> fields = outer.metadata();
		assertThat(fields).extracting(MetadataField::name).contains("From", "To", "Cc", "Bcc", "Reply-To", "Sender");
		assertThat(value(fields, "Cc")).contains("wire.room@sftp.cc-bank.example");
		assertThat(value(fields, "Bcc")).contains("audit@bcc-bank.example");
		assertThat(value(fields, "Reply-To")).contains("replies@reply-bank.example");
		assertThat(value(fields, "Sender")).contains("relay@sender-bank.example");
		assertThat(value(fields, "Subject")).isEqualTo("Settlement files");
		// header values are not in the body text: the metadata is the only way to them
		assertThat(outer.text()).doesNotContain("cc-bank.example");
		ExtractedPart attached = extraction.parts()
			.stream()
			.filter((part) -> part.depth() == 1 && part.metadata()
				.stream()
				.anyMatch((field) -> field.value().contains("copy@inner-cc-bank.example")))
			.findFirst()
			.orElseThrow();
		assertThat(value(attached.metadata(), "Cc")).contains("copy@inner-cc-bank.example");
		assertThat(value(attached.metadata(), "From")).contains("notices@inner-from.example");
	}

	private static ExtractedPart part(Extraction extraction, String path) {
		return extraction.parts().stream().filter((part) -> part.path().equals(path)).findFirst().orElseThrow();
	}

	private static String value(List<MetadataField> fields, String name) {
		return fields.stream()
			.filter((field) -> field.name().equals(name))
			.map(MetadataField::value)
			.findFirst()
			.orElse("");
	}

}
