package com.breachimpact.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A deterministic, realistic inventory for benchmarks: the copy of an SFTP
 * platform with client folders and shared folders, holding (per 10 files) 3
 * wire/transfer logs, 2 payroll CSV exports with names, SSNs and accounts, 1
 * NACHA file, 1 small DOCX letter, 1 small PDF statement, 1 application log and
 * 1 e-mail export, mentioning the ten clients of {@code samples/clients.csv}
 * by routing number, name, e-mail domain and folder. Generated once under
 * {@code /tmp/breach-impact-bench} and reused.
 */
final class BenchInventory {

	/** The registry the inventory mentions. */
	static final Path REGISTRY = Path.of("samples/clients.csv").toAbsolutePath();

	private static final String[][] CLIENTS = { { "firstharbor", "First Harbor Bank", "011204578", "firstharbor-bank.example" },
			{ "prairiegold", "Prairie Gold Credit Union", "304011863", "prairiegoldcu.example" },
			{ "keystone", "Keystone Mutual Savings", "231377023", "keystonemutual.example" },
			{ "cascadevalley", "Cascade Valley Bank", "125103840", "cascadevalleybank.example" },
			{ "heritage", "Heritage Community Bank", "061209280", "heritagecb.example" },
			{ "bluestem", "Bluestem Trust Company", "101144739", "bluestemtrust.example" },
			{ "atlanticmeridian", "Atlantic Meridian Bank", "026009726", "atlanticmeridian.example" },
			{ "sierrapines", "Sierra Pines Federal Credit Union", "321255181", "sierrapinesfcu.example" } };

	private static final String[] FIRST = { "JANE", "JOHN", "MARY", "ROBERT", "LINDA", "MICHAEL", "SUSAN", "DAVID",
			"KAREN", "JAMES", "NANCY", "PAUL" };

	private static final String[] LAST = { "DOE", "SMITH", "JONES", "BROWN", "DAVIS", "MILLER", "WILSON", "MOORE",
			"TAYLOR", "CLARK", "LEWIS", "WALKER" };

	private static final Instant MODIFIED = Instant.parse("2024-03-22T00:00:00Z");

	private BenchInventory() {
	}

	/**
	 * The inventory of {@code files} files, generated if not there yet.
	 * @param files the number of files
	 * @return its root folder
	 */
	static Path of(int files) throws IOException {
		Path root = Path.of("/tmp/breach-impact-bench/inventory-" + files);
		Path done = root.resolveSibling("inventory-" + files + ".done");
		if (Files.exists(done)) {
			return root;
		}
		long started = System.nanoTime();
		for (int i = 0; i < files; i++) {
			Random random = new Random(20241122L * 31 + i);
			String[] client = CLIENTS[i % CLIENTS.length];
			String folder = ((i % 3 == 0) ? "shared/exports/" + (i / 500) : "clients/" + client[0] + "/outbound/" + (i / 800));
			Path file = root.resolve(folder).resolve(name(i));
			Files.createDirectories(file.getParent());
			Files.write(file, content(i, client, random));
			Files.setLastModifiedTime(file, FileTime.from(MODIFIED));
		}
		Files.writeString(done, files + " files\n");
		System.out.printf("inventory: %d files generated in %.1f s under %s%n", files,
				(System.nanoTime() - started) / 1e9, root);
		return root;
	}

	/** The regular files of an inventory, in name order. */
	static List<Path> files(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(Files::isRegularFile).sorted().toList();
		}
	}

	/** The bytes of the regular files of an inventory. */
	static long bytes(List<Path> files) {
		return files.stream().mapToLong((file) -> {
			try {
				return Files.size(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).sum();
	}

	private static String name(int i) {
		return switch (i % 10) {
			case 0, 1, 2 -> "wire-log-" + i + ".txt";
			case 3, 4 -> "payroll-" + i + ".csv";
			case 5 -> "ach-" + i + ".ach";
			case 6 -> "letter-" + i + ".docx";
			case 7 -> "statement-" + i + ".pdf";
			case 8 -> "app-" + i + ".log";
			default -> "mail-export-" + i + ".txt";
		};
	}

	private static byte[] content(int i, String[] client, Random random) throws IOException {
		return switch (i % 10) {
			case 0, 1, 2 -> utf8(wireLog(client, random));
			case 3, 4 -> utf8(payroll(client, random));
			case 5 -> utf8(nacha(client, random));
			case 6 -> docx(client, random);
			case 7 -> pdf(client, random);
			case 8 -> utf8(appLog(random));
			default -> utf8(mailExport(client, random));
		};
	}

	private static String wireLog(String[] client, Random random) {
		StringBuilder text = new StringBuilder();
		int lines = 20 + random.nextInt(100);
		for (int line = 0; line < lines; line++) {
			text.append(String.format(Locale.ROOT, "2024-03-%02d %02d:%02d wire %06d %s routing %s amount %d.%02d ref %s%n",
					1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(1_000_000),
					(line % 7 == 0) ? "to " + client[1] : "settled", client[2], random.nextInt(90_000),
					random.nextInt(100), Long.toString(random.nextLong() & Long.MAX_VALUE, 36)));
		}
		return text.toString();
	}

	private static String payroll(String[] client, Random random) {
		StringBuilder text = new StringBuilder("employee_id,first_name,last_name,ssn,date_of_birth,bank_routing,account_number,net_pay\n");
		int rows = 20 + random.nextInt(150);
		for (int row = 0; row < rows; row++) {
			text.append(String.format(Locale.ROOT, "E%05d,%s,%s,%s,%d-%02d-%02d,%s,%d,%d.%02d%n", random.nextInt(100_000),
					FIRST[random.nextInt(FIRST.length)], LAST[random.nextInt(LAST.length)], ssn(random),
					1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28), client[2],
					100_000_000L + (random.nextLong() & 0xFFFFFFFFL) % 9_000_000_000L, 500 + random.nextInt(5000),
					random.nextInt(100)));
		}
		return text.toString();
	}

	private static String ssn(Random random) {
		int area = 1 + random.nextInt(665);
		return String.format(Locale.ROOT, "%03d-%02d-%04d", area, 1 + random.nextInt(99), 1 + random.nextInt(9999));
	}

	private static String nacha(String[] client, Random random) {
		List<String> records = new ArrayList<>();
		records.add(pad("101 " + client[2] + " 0210000211" + "240322" + "0000A094101" + pad(client[1].toUpperCase(Locale.ROOT), 23)
				+ pad("ACME PAYROLL SERVICES", 23) + "        "));
		records.add(pad("5220ACME PAYROLL                        1234567890PPDPAYROLL   240322240322   1"
				+ client[2].substring(0, 8) + "0000001"));
		int entries = 10 + random.nextInt(40);
		for (int entry = 0; entry < entries; entry++) {
			String name = pad(FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)], 22);
			records.add(pad("622" + client[2] + pad(Long.toString(1_000_000L + random.nextInt(90_000_000)), 17)
					+ String.format(Locale.ROOT, "%010d", 10_000 + random.nextInt(500_000)) + pad("EMP" + entry, 15) + name
					+ "  0" + client[2].substring(0, 8) + String.format(Locale.ROOT, "%07d", entry + 1)));
		}
		records.add(pad("8220" + String.format(Locale.ROOT, "%06d", entries) + "0000000000" + "000000000000"
				+ "000000000000" + "1234567890"));
		records.add(pad("9000001000001" + String.format(Locale.ROOT, "%08d", entries)));
		return String.join("\n", records) + "\n";
	}

	private static String pad(String value, int width) {
		return (value.length() >= width) ? value.substring(0, width) : value + " ".repeat(width - value.length());
	}

	private static String pad(String record) {
		return pad(record, 94);
	}

	private static String appLog(Random random) {
		StringBuilder text = new StringBuilder();
		int lines = 50 + random.nextInt(200);
		for (int line = 0; line < lines; line++) {
			text.append(String.format(Locale.ROOT, "2024-03-21T%02d:%02d:%02d.%03dZ INFO  [sftp-%d] session %s transferred %d bytes%n",
					random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1000), random.nextInt(16),
					Long.toHexString(random.nextLong()), random.nextInt(10_000_000)));
		}
		return text.toString();
	}

	private static String mailExport(String[] client, Random random) {
		StringBuilder text = new StringBuilder();
		int mails = 3 + random.nextInt(10);
		for (int mail = 0; mail < mails; mail++) {
			String first = FIRST[random.nextInt(FIRST.length)].toLowerCase(Locale.ROOT);
			text.append("From: ops@").append(client[3]).append('\n')
				.append("To: ").append(first).append('.').append(random.nextInt(100)).append("@gmail.example\n")
				.append("Subject: returned item ").append(random.nextInt(10_000)).append("\n\n")
				.append("Dear customer, the transfer from your account ending ").append(1000 + random.nextInt(9000))
				.append(" at ").append(client[1]).append(" was returned.\n\n");
		}
		return text.toString();
	}

	private static byte[] docx(String[] client, Random random) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getProperties().getCoreProperties().setCreated(java.util.Optional.of(java.util.Date.from(MODIFIED)));
			document.createParagraph().createRun().setText(client[1] + " - account review");
			for (int paragraph = 0; paragraph < 5 + random.nextInt(10); paragraph++) {
				document.createParagraph()
					.createRun()
					.setText("Customer " + FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]
							+ ", SSN " + ssn(random) + ", routing " + client[2] + ", account "
							+ (10_000_000 + random.nextInt(90_000_000)) + ": balance reviewed.");
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] pdf(String[] client, Random random) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
				stream.beginText();
				stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
				stream.setLeading(12);
				stream.newLineAtOffset(50, 740);
				stream.showText(client[1] + " statement, routing " + client[2]);
				for (int line = 0; line < 10 + random.nextInt(30); line++) {
					stream.newLine();
					stream.showText(String.format(Locale.ROOT, "2024-03-%02d transfer %d.%02d to account %d",
							1 + random.nextInt(28), random.nextInt(9000), random.nextInt(100),
							10_000_000 + random.nextInt(90_000_000)));
				}
				stream.endText();
			}
			document.getDocumentInformation().setCreationDate(java.util.GregorianCalendar.from(
					java.time.ZonedDateTime.ofInstant(MODIFIED, java.time.ZoneOffset.UTC)));
			document.save(out);
			return out.toByteArray();
		}
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
