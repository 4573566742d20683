package com.breachimpact.scan;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.inventory.Reconciliation;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.ReportFolders;
import com.breachimpact.support.TestInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names that would make two ledger rows share a path: a real file {@code a.zip!/b} next
 * to the zip {@code a.zip} with a member {@code b}, and a zip with two entries named
 * {@code c}. Each keeps its own row, and files in = analysed + failed.
 */
class LedgerRowsFunctionalTests extends PostgresScanTestSupport {

	@TempDir
	Path dir;

	@Test
	void aRealNameThatLooksLikeAMemberAndTwoMembersOfOneNameEachKeepTheirLedgerRow() throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);
		Path shared = inventory.resolve("shared");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(shared.resolve("a.zip")))) {
			entry(zip, "b", "member b of a.zip, routing 011000015\n");
		}
		Files.createDirectories(shared.resolve("a.zip!"));
		Files.writeString(shared.resolve("a.zip!/b"), "a real file named b in the folder a.zip!\n");
		try (OutputStream out = Files.newOutputStream(shared.resolve("dup.zip"));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			entry(zip, "c", "first c\n");
			zip.putNextEntry(new ZipEntry("d"));
			zip.closeEntry();
		}
		duplicateEntryName(shared.resolve("dup.zip"), "d", "c");

		// when
		Scanned scanned = scan(inventory, this.dir.resolve("clients.csv"), this.dir.resolve("out"));

		// then
		assertThat(scanned.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<String> ledger = this.jdbc.queryForList(
				"SELECT rel_path FROM inventory_item WHERE run_id = ? AND rel_path LIKE 'shared/%' ORDER BY rel_path",
				String.class, scanned.runId());
		assertThat(ledger).contains("shared/a.zip", "shared/a.zip!/b", "shared/a.zip!!/b", "shared/dup.zip",
				"shared/dup.zip!/c", "shared/dup.zip!/c#2");
		assertThat(this.jdbc.queryForObject(
				"SELECT status FROM inventory_item WHERE run_id = ? AND rel_path = 'shared/a.zip!!/b'", String.class,
				scanned.runId()))
			.as("the real file is found by its escaped ledger path")
			.isEqualTo("analysed");
		assertThat(ReportFolders.column(this.dir.resolve("out/ledger.csv"), "path")).contains("shared/a.zip!/b",
				"shared/a.zip!!/b", "shared/dup.zip!/c", "shared/dup.zip!/c#2");
		Reconciliation reconciliation = Reconciliation.of(new JdbcInventoryItemRepository(this.jdbc), scanned.runId());
		assertThat(reconciliation.isComplete()).isTrue();
		try (Stream<Path> entries = Files.walk(inventory)) {
			assertThat(reconciliation.total()).as("files in: every entry of the inventory but its folders")
				.isEqualTo(entries.filter((entry) -> !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)).count());
		}
	}

	@Test
	void numbersLikeAnSsnOrACardInFileNamesAreMaskedInEveryReport() throws Exception {
		// given: HARBOR's files named after an SSN and a card number
		Path inventory = TestInventory.write(this.dir);
		Path outbound = inventory.resolve("clients/harbor/outbound");
		Files.writeString(outbound.resolve("536-22-4417 Jane Roe.txt"), "First Harbor Bank letter\n");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(outbound.resolve("cards.zip")))) {
			entry(zip, "4111 1111 1111 1111.txt", "First Harbor Bank card letter\n");
		}

		// when
		Scanned scanned = scan(inventory, this.dir.resolve("clients.csv"), this.dir.resolve("out"));

		// then
		assertThat(scanned.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(ReportFolders.column(this.dir.resolve("out/ledger.csv"), "path")).contains(
				"clients/harbor/outbound/*****4417 Jane Roe.txt",
				"clients/harbor/outbound/cards.zip!/************1111.txt");
		assertThat(ReportFolders.column(this.dir.resolve("out/clients/HARBOR/files.csv"), "path"))
			.contains("clients/harbor/outbound/*****4417 Jane Roe.txt");
		try (Stream<Path> outputs = Files.walk(this.dir.resolve("out"))) {
			for (Path output : outputs.filter((file) -> file.toString().matches(".*\\.(csv|html|txt)")).toList()) {
				assertThat(Files.readString(output)).as(output.toString())
					.doesNotContain("536-22-4417", "4111 1111 1111 1111");
			}
		}
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM inventory_item WHERE run_id = ? AND rel_path = ?",
				Long.class, scanned.runId(), "clients/harbor/outbound/536-22-4417 Jane Roe.txt"))
			.as("the database keeps the real path, to read the file")
			.isOne();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/**
	 * Rename a one-letter entry in a zip's local header and central directory:
	 * {@link ZipOutputStream} refuses to write two entries of one name.
	 */
	private static void duplicateEntryName(Path zip, String from, String to) throws IOException {
		byte[] bytes = Files.readAllBytes(zip);
		int renamed = 0;
		for (int i = 0; i + 4 < bytes.length; i++) {
			boolean local = bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4;
			boolean central = bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2;
			int nameAt = local ? i + 30 : central ? i + 46 : -1;
			if (nameAt > 0 && nameAt < bytes.length && bytes[nameAt] == from.charAt(0)
					&& bytes[(local ? i + 26 : i + 28)] == 1) {
				bytes[nameAt] = (byte) to.charAt(0);
				renamed++;
			}
		}
		assertThat(renamed).as("local and central entries renamed").isEqualTo(2);
		Files.write(zip, bytes);
	}

}
