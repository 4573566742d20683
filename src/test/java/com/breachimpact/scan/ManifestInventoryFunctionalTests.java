package com.breachimpact.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.breachimpact.inventory.FileDigester;
import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.inventory.Reconciliation;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.TestInventory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An inventory given as a manifest (as exported from the transfer platform's logs):
 * listed files are checked against it, missing and altered files are recorded as such,
 * and only listed files are scanned.
 */
class ManifestInventoryFunctionalTests extends PostgresScanTestSupport {

	@TempDir
	Path dir;

	@Test
	void manifestEntriesAreCheckedAgainstTheFilesUnderTheRoot() throws Exception {
		// given
		Path inventory = TestInventory.write(this.dir);
		String payroll = "clients/harbor/outbound/payroll.csv";
		String wireLog = "shared/wire-log.txt";
		Path manifest = this.dir.resolve("manifest.csv");
		Files.writeString(manifest, String.join("\n", "path,size,sha256,user,folder,timestamp",
				payroll + "," + Files.size(inventory.resolve(payroll)) + ","
						+ FileDigester.sha256(inventory.resolve(payroll))
						+ ",svc_backup,/clients/harbor,2024-03-22T01:14:07Z",
				wireLog + "," + Files.size(inventory.resolve(wireLog)) + "," + "0".repeat(64) + ",svc_backup,/shared,",
				"shared/not-there.csv,120," + "a".repeat(64) + ",svc_backup,/shared,", ""));

		// when
		Scanned scanned = scan(new ScanRequest(inventory, this.dir.resolve("clients.csv"), this.dir.resolve("reports"),
				"manifest case", manifest));

		// then
		assertThat(scanned.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, String> ledger = new TreeMap<>();
		this.jdbc.query("""
				SELECT rel_path, status, reason, platform_user, transferred_at FROM inventory_item
				WHERE run_id = ? AND entry_type <> 'member'""", (row) -> {
			ledger.put(row.getString("rel_path"), row.getString("status") + ":" + row.getString("reason") + ":"
					+ row.getString("platform_user") + ":" + row.getString("transferred_at"));
		}, scanned.runId());
		assertThat(ledger).containsOnlyKeys(payroll, wireLog, "shared/not-there.csv");
		assertThat(ledger.get(payroll)).isEqualTo("analysed:null:svc_backup:2024-03-22T01:14:07Z");
		assertThat(ledger.get(wireLog)).startsWith("failed:manifest-mismatch:svc_backup");
		assertThat(ledger.get("shared/not-there.csv")).startsWith("failed:missing:svc_backup");
		assertThat(Reconciliation.of(new JdbcInventoryItemRepository(this.jdbc), scanned.runId()).line())
			.isEqualTo("files in 3 = analysed 1 + failed 2 (manifest-mismatch 1, missing 1)");
	}

}
