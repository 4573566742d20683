package com.breachimpact.scan;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.inventory.Reconciliation;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.ReportFolders;
import com.breachimpact.support.SampleExpectations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan of the bundled sample inventory on PostgreSQL attributes every file to exactly
 * the clients of {@code samples/EXPECTED.md}.
 */
class SampleInventoryFunctionalTests extends PostgresScanTestSupport {

	@TempDir
	Path out;

	@Test
	void sampleScanAttributesEveryFileToItsExpectedClients() throws Exception {
		// given
		Map<String, Set<String>> expected = SampleExpectations.expectedClients();

		// when
		Scanned scanned = scan(SampleExpectations.SAMPLES.resolve("inventory"),
				SampleExpectations.SAMPLES.resolve("clients.csv"), this.out);

		// then
		assertThat(scanned.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, Set<String>> actual = new TreeMap<>();
		this.jdbc.query("""
				SELECT i.rel_path, a.client_id FROM inventory_item i
				LEFT JOIN item_attribution a ON a.item_id = i.item_id
				WHERE i.run_id = ? AND i.entry_type <> 'member'""", (row) -> {
			Set<String> clients = actual.computeIfAbsent(row.getString("rel_path"), (path) -> new TreeSet<>());
			if (row.getString("client_id") != null) {
				clients.add(row.getString("client_id"));
			}
		}, scanned.runId());
		long truePositives = 0;
		long attributed = 0;
		long expectedPairs = 0;
		for (Map.Entry<String, Set<String>> file : expected.entrySet()) {
			Set<String> found = actual.getOrDefault(file.getKey(), Set.of());
			attributed += found.size();
			expectedPairs += file.getValue().size();
			truePositives += found.stream().filter(file.getValue()::contains).count();
		}
		System.out.printf("Sample inventory attribution: precision %.3f, recall %.3f (%d file-client pairs)%n",
				(double) truePositives / attributed, (double) truePositives / expectedPairs, expectedPairs);
		assertThat(actual).isEqualTo(new TreeMap<>(expected));

		Reconciliation reconciliation = Reconciliation.of(new JdbcInventoryItemRepository(this.jdbc), scanned.runId());
		assertThat(reconciliation.line())
			.isEqualTo("files in 29 = analysed 26 + failed 3 (corrupt 1, empty 1, encrypted 1)");
		assertThat(ReportFolders.column(this.out.resolve("summary.csv"), "client_id")).doesNotContain("MSBT");
		assertThat(ReportFolders.column(this.out.resolve("unknown_identifiers.csv"), "kind")).contains("LEI",
				"ABA_ROUTING");
	}

}
