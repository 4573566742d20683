package com.breachimpact.sample;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the committed sample data under {@code samples/}: it is exactly what
 * {@link SampleInventoryGenerator} writes, its identifiers are valid, its ACH files are
 * well formed and {@code EXPECTED.md} tells the truth about it.
 */
class SampleInventoryTests {

	private static final Path SAMPLES = Path.of("samples");

	private static final Path INVENTORY = SAMPLES.resolve(SampleInventoryGenerator.INVENTORY);

	private static RegistryScan registry;

	private static Map<String, ExpectedRow> expected;

	@BeforeAll
	static void readCommittedSamples() throws IOException {
		registry = RegistryScan.read(new StringReader(Files.readString(SAMPLES.resolve("clients.csv"))));
		expected = readExpectedTable(Files.readString(SAMPLES.resolve("EXPECTED.md")));
	}

	@Test
	void committedSamplesAreExactlyWhatTheGeneratorWrites(@TempDir Path output) throws IOException {
		SampleInventoryGenerator.generate(output);
		Map<String, byte[]> generated = tree(output.resolve(SampleInventoryGenerator.INVENTORY));
		Map<String, byte[]> committed = tree(INVENTORY);
		assertThat(committed.keySet()).containsExactlyElementsOf(generated.keySet());
		for (String path : generated.keySet()) {
			assertThat(committed.get(path)).as(path).isEqualTo(generated.get(path));
		}
		for (String file : List.of(SampleInventoryGenerator.REGISTRY, SampleInventoryGenerator.EXPECTED)) {
			assertThat(Files.readAllBytes(SAMPLES.resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(output.resolve(file)));
		}
	}

	@Test
	void generatorIsDeterministic() {
		List<SampleFile> first = SampleInventoryGenerator.inventory();
		List<SampleFile> second = SampleInventoryGenerator.inventory();
		assertThat(second).hasSameSizeAs(first);
		for (int i = 0; i < first.size(); i++) {
			assertThat(second.get(i).path()).isEqualTo(first.get(i).path());
			assertThat(second.get(i).content()).as(first.get(i).path()).isEqualTo(first.get(i).content());
		}
	}

	@Test
	void registryHasTheAgreedHeaderAndValidIdentifiers() throws IOException {
		List<String> lines = Files.readAllLines(SAMPLES.resolve("clients.csv"));
		assertThat(lines.get(0)).isEqualTo(
				"client_id,legal_name,aliases,bic,aba_routing,lei,email_domains,sftp_folders,iban_bank_codes,city,state");
		assertThat(registry.rows()).hasSizeBetween(8, 12);
		Set<String> ids = new HashSet<>();
		Set<String> identifiers = new HashSet<>();
		for (Map<String, String> row : registry.rows()) {
			String id = row.get("client_id");
			assertThat(ids.add(id)).as("unique client id %s", id).isTrue();
			assertThat(row.get("legal_name")).isNotBlank();
			assertThat(row.get("city")).isNotBlank();
			assertThat(row.get("state")).matches("[A-Z]{2}");
			for (String aba : RegistryScan.values(row, "aba_routing")) {
				assertThat(IdentifierChecks.isValidAba(aba)).as("ABA %s of %s", aba, id).isTrue();
				assertThat(identifiers.add(aba)).as("unique %s", aba).isTrue();
			}
			for (String bic : RegistryScan.values(row, "bic")) {
				assertThat(IdentifierChecks.isValidBic(bic)).as("BIC %s of %s", bic, id).isTrue();
				assertThat(identifiers.add(bic)).as("unique %s", bic).isTrue();
			}
			assertThat(RegistryScan.values(row, "lei")).as("LEI of %s", id).isNotEmpty();
			for (String lei : RegistryScan.values(row, "lei")) {
				assertThat(IdentifierChecks.isValidLei(lei)).as("LEI %s of %s", lei, id).isTrue();
				assertThat(identifiers.add(lei)).as("unique %s", lei).isTrue();
			}
			for (String domain : RegistryScan.values(row, "email_domains")) {
				assertThat(IdentifierChecks.isValidDomain(domain)).as("domain %s of %s", domain, id).isTrue();
				assertThat(domain).endsWith(".example");
				assertThat(identifiers.add(domain)).as("unique %s", domain).isTrue();
			}
			assertThat(RegistryScan.values(row, "sftp_folders")).isNotEmpty()
				.allSatisfy((folder) -> assertThat(folder).matches("clients/[a-z]+"));
			for (String code : RegistryScan.values(row, "iban_bank_codes")) {
				assertThat(IdentifierChecks.isValidIbanBankCode(code)).as("IBAN bank code %s of %s", code, id).isTrue();
			}
		}
	}

	@Test
	void achFilesAreWellFormed() throws IOException {
		Map<String, byte[]> achFiles = new TreeMap<>();
		for (Map.Entry<String, byte[]> file : tree(INVENTORY).entrySet()) {
			if (file.getKey().endsWith(".ach")) {
				achFiles.put(file.getKey(), file.getValue());
			}
			if (file.getKey().endsWith(".zip")) {
				achFiles.putAll(zipMembers(file.getKey(), file.getValue(), ".ach"));
			}
		}
		assertThat(achFiles).hasSizeGreaterThanOrEqualTo(4);
		achFiles.forEach(SampleInventoryTests::assertValidAch);
	}

	@Test
	void expectedTableListsEveryInventoryFileOnce() throws IOException {
		Set<String> ids = new TreeSet<>();
		registry.rows().forEach((row) -> ids.add(row.get("client_id")));
		assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(tree(INVENTORY).keySet());
		for (ExpectedRow row : expected.values()) {
			assertThat(ids).containsAll(row.clients()).containsAll(row.namedOnly());
		}
		assertThat(expected.values()).filteredOn((row) -> row.outcome().equals("fails")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(expected.values()).filteredOn((row) -> row.clients().isEmpty()).hasSizeGreaterThanOrEqualTo(5);
	}

	@Test
	void extractedTextHoldsExactlyTheExpectedEvidence() throws Exception {
		AutoDetectParser parser = new AutoDetectParser();
		for (ExpectedRow row : expected.values()) {
			byte[] content = Files.readAllBytes(INVENTORY.resolve(row.path()));
			switch (row.outcome()) {
				case "extracts" -> {
					String text = extract(parser, content, row.path());
					assertThat(text).as(row.path()).isNotBlank();
					Set<String> strong = registry.strongEvidence(row.path(), text);
					Set<String> named = registry.named(text);
					named.removeAll(strong);
					assertThat(strong).as("strong evidence in %s", row.path()).containsExactlyElementsOf(row.clients());
					assertThat(named).as("names only in %s", row.path()).containsExactlyElementsOf(row.namedOnly());
				}
				case "empty" -> assertThat(content).as(row.path()).isEmpty();
				case "fails" -> {
					assertThat(content).as(row.path()).isNotEmpty();
					String body;
					try {
						body = body(parser, content, row.path());
					}
					catch (Exception ex) {
						body = "";
					}
					assertThat(body).as("text of %s", row.path()).isBlank();
				}
				default -> throw new AssertionError("Unknown outcome " + row.outcome() + " for " + row.path());
			}
		}
	}

	@Test
	void protectedStatementOpensOnlyWithItsPassword() throws IOException {
		byte[] pdf = Files.readAllBytes(INVENTORY.resolve("archive/locked/statement_keystone_protected.pdf"));
		assertThatExceptionOfType(InvalidPasswordException.class).isThrownBy(() -> Loader.loadPDF(pdf).close());
		try (PDDocument document = Loader.loadPDF(pdf, "Keystone2023!")) {
			assertThat(document.isEncrypted()).isTrue();
			assertThat(new PDFTextStripper().getText(document)).contains("Keystone Mutual Savings");
		}
	}

	@Test
	void personalDataIsSyntheticButWellFormed() throws IOException {
		List<String> lines = Files
			.readAllLines(INVENTORY.resolve("clients/prairiegold/inbound/loan_extract_2024Q1.csv"));
		assertThat(lines).hasSizeGreaterThan(10);
		for (String line : lines.subList(1, lines.size())) {
			String ssn = line.split(",")[2];
			assertThat(IdentifierChecks.isValidSsnFormat(ssn)).as("SSN format in line %s", lines.indexOf(line))
				.isTrue();
		}
	}

	@Test
	void samplesStaySmall() throws IOException {
		Map<String, byte[]> files = tree(INVENTORY);
		assertThat(files).hasSizeBetween(25, 35);
		assertThat(files.values().stream().mapToLong((bytes) -> bytes.length).sum()).isLessThan(2L * 1024 * 1024);
	}

	private static void assertValidAch(String path, byte[] content) {
		String[] records = new String(content, StandardCharsets.US_ASCII).split("\r?\n");
		assertThat(records).as(path).allSatisfy((record) -> assertThat(record).hasSize(94));
		assertThat(records.length % 10).as("blocking of %s", path).isZero();
		assertThat(records[0]).as(path).startsWith("101 ").contains("094101");
		int fileControl = 0;
		while (records[fileControl].charAt(0) != '9') {
			fileControl++;
		}
		long fileHash = 0;
		long fileDebits = 0;
		long fileCredits = 0;
		int batches = 0;
		int entries = 0;
		for (int i = 1; i < fileControl; i++) {
			String header = records[i];
			assertThat(header.charAt(0)).as("batch header in %s", path).isEqualTo('5');
			batches++;
			long hash = 0;
			long debits = 0;
			long credits = 0;
			int count = 0;
			String odfi = header.substring(79, 87);
			for (i++; records[i].charAt(0) == '6'; i++) {
				String entry = records[i];
				assertThat(IdentifierChecks.isValidAba(entry.substring(3, 12))).as("RDFI in %s", path).isTrue();
				assertThat(entry.substring(79, 87)).as("trace number prefix in %s", path).isEqualTo(odfi);
				hash += Long.parseLong(entry.substring(3, 11));
				long amount = Long.parseLong(entry.substring(29, 39));
				int transactionCode = Integer.parseInt(entry.substring(1, 3));
				assertThat(transactionCode).isIn(22, 27, 32, 37);
				if (transactionCode % 10 == 7) {
					debits += amount;
				}
				else {
					credits += amount;
				}
				count++;
			}
			String control = records[i];
			assertThat(control.charAt(0)).as("batch control in %s", path).isEqualTo('8');
			assertThat(control.substring(1, 4)).isEqualTo(header.substring(1, 4));
			assertThat(Integer.parseInt(control.substring(4, 10))).isEqualTo(count);
			assertThat(Long.parseLong(control.substring(10, 20))).isEqualTo(hash % 10_000_000_000L);
			assertThat(Long.parseLong(control.substring(20, 32))).isEqualTo(debits);
			assertThat(Long.parseLong(control.substring(32, 44))).isEqualTo(credits);
			assertThat(control.substring(79, 94)).isEqualTo(header.substring(79, 94));
			String serviceClass = (debits > 0 && credits > 0) ? "200" : ((debits > 0) ? "225" : "220");
			assertThat(header.substring(1, 4)).as("service class in %s", path).isEqualTo(serviceClass);
			fileHash += hash;
			fileDebits += debits;
			fileCredits += credits;
			entries += count;
		}
		String control = records[fileControl];
		assertThat(Integer.parseInt(control.substring(1, 7))).as(path).isEqualTo(batches);
		assertThat(Integer.parseInt(control.substring(7, 13))).as(path).isEqualTo(records.length / 10);
		assertThat(Integer.parseInt(control.substring(13, 21))).as(path).isEqualTo(entries);
		assertThat(Long.parseLong(control.substring(21, 31))).as(path).isEqualTo(fileHash % 10_000_000_000L);
		assertThat(Long.parseLong(control.substring(31, 43))).as(path).isEqualTo(fileDebits);
		assertThat(Long.parseLong(control.substring(43, 55))).as(path).isEqualTo(fileCredits);
		for (int i = fileControl + 1; i < records.length; i++) {
			assertThat(records[i]).as("padding in %s", path).isEqualTo("9".repeat(94));
		}
	}

	/** The body text (embedded documents included) followed by every metadata value. */
	private static String extract(AutoDetectParser parser, byte[] content, String path) throws Exception {
		Metadata metadata = new Metadata();
		StringBuilder text = new StringBuilder(parse(parser, content, path, metadata));
		for (String name : metadata.names()) {
			text.append('\n').append(String.join("\n", metadata.getValues(name)));
		}
		return text.toString();
	}

	private static String body(AutoDetectParser parser, byte[] content, String path) throws Exception {
		return parse(parser, content, path, new Metadata());
	}

	private static String parse(AutoDetectParser parser, byte[] content, String path, Metadata metadata)
			throws Exception {
		BodyContentHandler handler = new BodyContentHandler(-1);
		metadata.set("resourceName", path.substring(path.lastIndexOf('/') + 1));
		ParseContext context = new ParseContext();
		context.set(Parser.class, parser);
		try (InputStream in = new ByteArrayInputStream(content)) {
			parser.parse(in, handler, metadata, context);
		}
		return handler.toString();
	}

	private static Map<String, byte[]> zipMembers(String path, byte[] zip, String suffix) throws IOException {
		Map<String, byte[]> members = new TreeMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().endsWith(suffix)) {
					members.put(path + "!/" + entry.getName(), in.readAllBytes());
				}
			}
		}
		return members;
	}

	private static Map<String, byte[]> tree(Path root) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
			}
		}
		return files;
	}

	private static Map<String, ExpectedRow> readExpectedTable(String markdown) {
		Map<String, ExpectedRow> rows = new LinkedHashMap<>();
		for (String line : markdown.split("\n")) {
			if (line.startsWith("| `")) {
				String[] cells = line.split("(?<!\\\\)\\|");
				String path = cells[1].trim().replace("`", "");
				rows.put(path, new ExpectedRow(path, ids(cells[2]), ids(cells[3]), cells[4].trim()));
			}
		}
		return rows;
	}

	private static List<String> ids(String cell) {
		String trimmed = cell.trim();
		return trimmed.equals("-") ? List.of() : new ArrayList<>(Arrays.asList(trimmed.split(",\\s*")));
	}

	private record ExpectedRow(String path, List<String> clients, List<String> namedOnly, String outcome) {
	}

}
