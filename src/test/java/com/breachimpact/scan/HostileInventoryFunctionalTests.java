package com.breachimpact.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.breachimpact.inventory.FileDigester;
import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.inventory.Reconciliation;
import com.breachimpact.sample.HostileCorpusGenerator;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.ReportFolders;
import com.breachimpact.support.TestInventory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scan of an inventory holding hostile and broken files beside good ones (in the
 * default, forked extraction): it completes, each hostile file ends with the status and
 * reason it deserves, the good files still get their findings, every file is accounted
 * for, and the inventory is unchanged.
 */
class HostileInventoryFunctionalTests extends PostgresScanTestSupport {

	@TempDir
	Path dir;

	@Test
	void hostileFilesEndInTheLedgerWithAReasonAndNeverStopTheScan() throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);
		Map<String, String> hostile = HostileCorpusGenerator.generate(inventory.resolve("hostile"));
		Map<String, String> before = treeHashes(inventory);

		// when
		Scanned scanned = scan(inventory, this.dir.resolve("clients.csv"), this.dir.resolve("reports"));

		// then
		assertThat(scanned.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, String> outcome = new TreeMap<>();
		this.jdbc.query(
				"SELECT rel_path, status, reason FROM inventory_item WHERE run_id = ? AND entry_type <> 'member'",
				(row) -> {
					outcome.put(row.getString("rel_path"),
							row.getString("status") + ":" + String.valueOf(row.getString("reason")));
				}, scanned.runId());
		Map<String, String> byKind = new TreeMap<>();
		hostile.forEach((path, kind) -> {
			String found = outcome.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equals("hostile/" + path)
						|| (kind.equals(HostileCorpusGenerator.NON_UTF8_NAME)
								&& entry.getKey().startsWith("hostile/names-raw/")))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse("MISSING");
			byKind.merge(kind, found, (a, b) -> a + " | " + b);
		});
		System.out.println("Hostile corpus outcomes: " + byKind);
		assertThat(byKind.get(HostileCorpusGenerator.ZIP_BOMB)).matches("analysed:limit:(ratio|bytes)");
		assertThat(byKind.get(HostileCorpusGenerator.ZIP_NESTING)).isEqualTo("analysed:limit:depth");
		assertThat(byKind.get(HostileCorpusGenerator.TRUNCATED_DOCX)).isEqualTo("failed:corrupt");
		assertThat(byKind.get(HostileCorpusGenerator.NOT_A_DOCX)).isEqualTo("failed:corrupt");
		assertThat(byKind.get(HostileCorpusGenerator.EMPTY)).doesNotContain("analysed").contains("failed:empty");
		assertThat(byKind.get(HostileCorpusGenerator.ENCRYPTED_PDF)).isEqualTo("failed:encrypted");
		assertThat(byKind.get(HostileCorpusGenerator.ENCRYPTED_ZIP)).isEqualTo("failed:encrypted");
		assertThat(byKind.get(HostileCorpusGenerator.SYMLINK_LOOP)).isEqualTo("failed:symlink");
		assertThat(byKind.get(HostileCorpusGenerator.FIFO)).isEqualTo("failed:special-file");
		assertThat(byKind.get(HostileCorpusGenerator.NON_UTF8_NAME)).isEqualTo("failed:undecodable-name");
		assertThat(byKind.get(HostileCorpusGenerator.NEWLINE_NAME)).isEqualTo("analysed:null");
		assertThat(byKind.get(HostileCorpusGenerator.LONG_NAME)).isEqualTo("analysed:null");
		assertThat(byKind.get(HostileCorpusGenerator.HUGE_LINE)).startsWith("analysed:");
		assertThat(outcome.values()).doesNotContain("pending:null");
		String truncatedPdf = hostile.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals(HostileCorpusGenerator.TRUNCATED_PDF))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
		assertThat(
				this.jdbc.queryForObject("SELECT quality_flags FROM inventory_item WHERE run_id = ? AND rel_path = ?",
						String.class, scanned.runId(), "hostile/" + truncatedPdf))
			.as("a PDF that yields no text is flagged for a human to look at")
			.contains("needs_ocr");

		Reconciliation reconciliation = Reconciliation.of(new JdbcInventoryItemRepository(this.jdbc), scanned.runId());
		assertThat(reconciliation.isComplete()).isTrue();
		assertThat(reconciliation.total()).isEqualTo(19 + hostile.size());
		assertThat(ReportFolders.column(this.dir.resolve("reports/clients/HARBOR/files.csv"), "path"))
			.contains("clients/harbor/outbound/payroll.csv", "shared/bundle.zip", "shared/contacts.txt");
		assertThat(treeHashes(inventory)).as("the inventory is evidence: unchanged by the scan").isEqualTo(before);
	}

	/**
	 * Every entry of a tree: regular files by content hash, links by target, others by
	 * type.
	 */
	private static Map<String, String> treeHashes(Path root) throws IOException {
		Map<String, String> hashes = new HashMap<>();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				String key = root.relativize(path).toString();
				if (Files.isSymbolicLink(path)) {
					hashes.put(key, "link:" + Files.readSymbolicLink(path));
				}
				else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
					hashes.put(key, FileDigester.sha256(path) + ":" + Files.getLastModifiedTime(path));
				}
				else {
					hashes.put(key, Files.isDirectory(path) ? "dir" : "other");
				}
			}
		}
		return hashes;
	}

}
