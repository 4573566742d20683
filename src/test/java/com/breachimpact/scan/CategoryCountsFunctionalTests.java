package com.breachimpact.scan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.ReportFolders;
import com.breachimpact.support.TestInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-client counts of sensitive data on a labelled inventory: occurrences, distinct
 * values, files and distinct individuals exactly as written, the same person in two files
 * counted once, and severity from the rules.
 */
class CategoryCountsFunctionalTests extends PostgresScanTestSupport {

	@TempDir
	Path dir;

	@Test
	void perClientCategoryCountsAreExact() throws Exception {
		// given: HARBOR's members (3 people, one of them listed twice and again in a
		// letter), PRAIRIE's letter
		Path inventory = TestInventory.write(this.dir);
		write(inventory, "clients/harbor/outbound/members.csv", """
				name,ssn,account_number,dob
				Jane Roe,536-22-4417,7730019284,1980-04-12
				John Poe,536-22-4418,7730019285,1975-11-02
				Ann Loe,536-22-4419,7730019286,1990-01-30
				Jane Roe,536-22-4417,7730019284,1980-04-12
				""");
		write(inventory, "clients/harbor/inbound/letter.txt", "Re: member with SSN 536-22-4417, please confirm.\n");
		write(inventory, "clients/prairie/inbound/letter.txt", "Re: member SSN 611-40-2277 closed her account.\n");

		// when
		Scanned scanned = scan(inventory, this.dir.resolve("clients.csv"), this.dir.resolve("out"));

		// then
		assertThat(scanned.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Path harbor = this.dir.resolve("out/clients/HARBOR/categories.csv");
		assertThat(row(harbor, "SSN")).containsExactly("SSN", "5", "3", "2", "false");
		assertThat(row(harbor, "BANK_ACCOUNT")).containsExactly("BANK_ACCOUNT", "4", "3", "1", "false");
		assertThat(row(harbor, "DATE_OF_BIRTH")).containsExactly("DATE_OF_BIRTH", "4", "3", "1", "false");
		assertThat(row(this.dir.resolve("out/clients/PRAIRIE/categories.csv"), "SSN")).containsExactly("SSN", "1", "1",
				"1", "false");
		Path summary = this.dir.resolve("out/summary.csv");
		List<String> clients = ReportFolders.column(summary, "client_id");
		assertThat(clients).containsExactly("HARBOR", "PRAIRIE");
		assertThat(ReportFolders.column(summary, "severity")).containsExactly("notify", "notify");
		assertThat(ReportFolders.column(summary, "severity_rule")).containsExactly("ssn", "ssn");
		assertThat(ReportFolders.column(summary, "estimated_individuals"))
			.as("HARBOR: 3 members (the repeated row and the letter are Jane Roe again) and the 2 payees of "
					+ "payroll.csv, known by name only, so not joined to anyone; PRAIRIE: 1")
			.containsExactly("5", "1");
		assertThat(ReportFolders.column(summary, "ssn_distinct")).containsExactly("3", "1");
	}

	@Test
	void aValueRepeatedInTheMembersOfOneFileIsOneDistinctValue() throws Exception {
		// given: one SSN in each of the four members of a zip in HARBOR's folder
		Path inventory = TestInventory.write(this.dir);
		Path zip = inventory.resolve("clients/harbor/outbound/letters.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (int i = 1; i <= 4; i++) {
				out.putNextEntry(new ZipEntry("letter-" + i + ".txt"));
				out.write("Re: member with SSN 536-22-4417, please confirm.\n".getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}

		// when
		Scanned scanned = scan(inventory, this.dir.resolve("clients.csv"), this.dir.resolve("out"));

		// then
		assertThat(scanned.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// each member is a leaf of its own: one value, once
		Path files = this.dir.resolve("out/clients/HARBOR/files.csv");
		List<String> paths = ReportFolders.column(files, "path");
		List<String> sensitive = ReportFolders.column(files, "sensitive_data");
		for (int i = 1; i <= 4; i++) {
			int row = paths.indexOf("clients/harbor/outbound/letters.zip!/letter-" + i + ".txt");
			assertThat(row).as("letter-%d.txt in files.csv", i).isNotNegative();
			assertThat(sensitive.get(row)).isEqualTo("SSN x1 (1 distinct)");
		}
		// and the client's count: 4 occurrences of 1 distinct value
		String[] ssn = row(this.dir.resolve("out/clients/HARBOR/categories.csv"), "SSN");
		assertThat(ssn[1]).isEqualTo("4");
		assertThat(ssn[2]).isEqualTo("1");
	}

	private static String[] row(Path categories, String category) {
		return ReportFolders.rows(categories)
			.stream()
			.filter((row) -> row[0].equals(category))
			.findFirst()
			.orElseThrow(() -> new AssertionError(category + " not in " + categories));
	}

	private static void write(Path inventory, String path, String content) throws Exception {
		Path file = inventory.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}

}
