package com.breachimpact.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes sample documents (PDF, DOCX, XLSX, ZIP, EML) whose bytes depend only on their
 * input: fixed dates and document ids, and no compression at all, so the output does not
 * depend on the zlib build of the JVM either.
 */
final class SampleDocuments {

	/** The DOS timestamp given to every ZIP entry. */
	static final LocalDateTime ZIP_TIME = LocalDateTime.of(2024, 3, 22, 0, 0, 0);

	private static final int PDF_LINES_PER_PAGE = 52;

	private SampleDocuments() {
	}

	/**
	 * A PDF of plain text lines in Helvetica, uncompressed.
	 * @param title the document title
	 * @param author the document author
	 * @param created the creation and modification time (UTC)
	 * @param lines the text lines (WinAnsi characters only)
	 * @param userPassword a password needed to open the document, or {@code null} for
	 * none
	 * @return the PDF bytes
	 */
	static byte[] pdf(String title, String author, LocalDateTime created, List<String> lines, String userPassword) {
		StandardProtectionPolicy policy = null;
		if (userPassword != null) {
			policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
			// RC4 128: deterministic given the document id (AES draws random IVs and
			// keys)
			policy.setEncryptionKeyLength(128);
			policy.setPreferAES(false);
		}
		return pdf(title, author, created, lines, policy);
	}

	/**
	 * A PDF like {@link #pdf} encrypted with AES-256 (revision 6) under a user password;
	 * not reproducible: the file key and IVs are random.
	 * @param title the document title
	 * @param lines the text lines (WinAnsi characters only)
	 * @param userPassword the password needed to open the document
	 * @return the PDF bytes
	 */
	static byte[] encryptedPdf(String title, List<String> lines, String userPassword) {
		StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
				new AccessPermission());
		policy.setEncryptionKeyLength(256);
		return pdf(title, "hostile corpus", ZIP_TIME, lines, policy);
	}

	private static byte[] pdf(String title, String author, LocalDateTime created, List<String> lines,
			StandardProtectionPolicy policy) {
		try (PDDocument document = new PDDocument()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int start = 0; start < Math.max(1, lines.size()); start += PDF_LINES_PER_PAGE) {
				PDPage page = new PDPage(PDRectangle.LETTER);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page,
						PDPageContentStream.AppendMode.OVERWRITE, false)) {
					content.beginText();
					content.setFont(font, 10);
					content.setLeading(13);
					content.newLineAtOffset(54, 740);
					for (String line : lines.subList(start, Math.min(lines.size(), start + PDF_LINES_PER_PAGE))) {
						content.showText(line);
						content.newLine();
					}
					content.endText();
				}
			}
			PDDocumentInformation information = document.getDocumentInformation();
			information.setTitle(title);
			information.setAuthor(author);
			information.setCreator("breach-impact SampleInventoryGenerator");
			information.setProducer("Apache PDFBox");
			information.setCreationDate(calendar(created));
			information.setModificationDate(calendar(created));
			byte[] id = md5(title + "|" + author + "|" + created);
			COSArray ids = new COSArray();
			ids.add(new COSString(id));
			ids.add(new COSString(id));
			document.getDocument().getTrailer().setItem(COSName.ID, ids);
			if (policy != null) {
				document.protect(policy);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out, CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A DOCX of paragraphs; the first one is set in bold.
	 * @param title the core title property
	 * @param creator the core creator property
	 * @param created the creation and modification time (UTC)
	 * @param paragraphs the paragraphs
	 * @return the DOCX bytes
	 */
	static byte[] docx(String title, String creator, LocalDateTime created, List<String> paragraphs) {
		try (XWPFDocument document = new XWPFDocument()) {
			boolean first = true;
			for (String text : paragraphs) {
				XWPFParagraph paragraph = document.createParagraph();
				XWPFRun run = paragraph.createRun();
				run.setBold(first);
				run.setText(text);
				first = false;
			}
			return office(document, title, creator, created);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An XLSX of sheets of rows; numbers become numeric cells, everything else string
	 * cells.
	 * @param title the core title property
	 * @param creator the core creator property
	 * @param created the creation and modification time (UTC)
	 * @param sheets sheet name to rows, in order
	 * @return the XLSX bytes
	 */
	static byte[] xlsx(String title, String creator, LocalDateTime created, Map<String, List<List<Object>>> sheets) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			for (Map.Entry<String, List<List<Object>>> entry : sheets.entrySet()) {
				XSSFSheet sheet = workbook.createSheet(entry.getKey());
				int rowIndex = 0;
				for (List<Object> values : entry.getValue()) {
					Row row = sheet.createRow(rowIndex++);
					int column = 0;
					for (Object value : values) {
						Cell cell = row.createCell(column++);
						if (value instanceof Number number) {
							cell.setCellValue(number.doubleValue());
						}
						else {
							cell.setCellValue(String.valueOf(value));
						}
					}
				}
			}
			return office(workbook, title, creator, created);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] office(POIXMLDocument document, String title, String creator, LocalDateTime created)
			throws IOException {
		POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
		String timestamp = created.toString() + "Z";
		try {
			core.setCreated(timestamp);
			core.setModified(timestamp);
		}
		catch (InvalidFormatException ex) {
			throw new IllegalArgumentException("Bad timestamp " + timestamp, ex);
		}
		core.setTitle(title);
		core.setCreator(creator);
		core.setLastModifiedByUser(creator);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.write(out);
		return restore(out.toByteArray());
	}

	/**
	 * Rewrite a ZIP with the same entries in the same order, stored (not compressed) and
	 * stamped with {@link #ZIP_TIME}.
	 * @param zip the ZIP bytes
	 * @return the normalised ZIP bytes
	 */
	static byte[] restore(byte[] zip) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return storedZip(entries);
	}

	/**
	 * A ZIP of stored entries stamped with {@link #ZIP_TIME}.
	 * @param entries entry name to content, in order
	 * @return the ZIP bytes
	 */
	static byte[] storedZip(Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				ZipEntry zipEntry = new ZipEntry(entry.getKey());
				CRC32 crc = new CRC32();
				crc.update(entry.getValue());
				zipEntry.setMethod(ZipEntry.STORED);
				zipEntry.setSize(entry.getValue().length);
				zipEntry.setCompressedSize(entry.getValue().length);
				zipEntry.setCrc(crc.getValue());
				zipEntry.setTimeLocal(ZIP_TIME);
				out.putNextEntry(zipEntry);
				out.write(entry.getValue());
				out.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * An RFC 5322 message with a text body and one base64 attachment, CRLF line endings.
	 * @param headers the header lines (without MIME headers), in order
	 * @param body the plain text body ({@code \n} line breaks)
	 * @param attachmentName the attachment file name
	 * @param attachmentType the attachment content type
	 * @param attachment the attachment bytes
	 * @return the message bytes
	 */
	static byte[] eml(List<String> headers, String body, String attachmentName, String attachmentType,
			byte[] attachment) {
		String boundary = "----=_Part_0_" + Integer.toHexString(attachmentName.hashCode());
		List<String> lines = new ArrayList<>(headers);
		lines.add("MIME-Version: 1.0");
		lines.add("Content-Type: multipart/mixed; boundary=\"" + boundary + "\"");
		lines.add("");
		lines.add("This is a multi-part message in MIME format.");
		lines.add("");
		lines.add("--" + boundary);
		lines.add("Content-Type: text/plain; charset=UTF-8");
		lines.add("Content-Transfer-Encoding: 7bit");
		lines.add("");
		lines.addAll(List.of(body.split("\n", -1)));
		lines.add("--" + boundary);
		lines.add("Content-Type: " + attachmentType + "; name=\"" + attachmentName + "\"");
		lines.add("Content-Disposition: attachment; filename=\"" + attachmentName + "\"");
		lines.add("Content-Transfer-Encoding: base64");
		lines.add("");
		lines.add(Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(attachment));
		lines.add("--" + boundary + "--");
		lines.add("");
		return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
	}

	private static Calendar calendar(LocalDateTime time) {
		GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
		calendar.setTimeInMillis(time.toInstant(ZoneOffset.UTC).toEpochMilli());
		return calendar;
	}

	private static byte[] md5(String seed) {
		try {
			return java.security.MessageDigest.getInstance("MD5").digest(seed.getBytes(StandardCharsets.UTF_8));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
