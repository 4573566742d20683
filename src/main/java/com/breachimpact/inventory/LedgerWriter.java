package com.breachimpact.inventory;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.breachimpact.database.DatabaseDialect;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records ledger entries of one run. An entry already recorded for the run (a restarted
 * ingest walking over what it had written) is left as it is.
 */
public class LedgerWriter implements ItemWriter<LedgerEntry> {

	private static final String COLUMNS = """
			INSERT INTO inventory_item (run_id, rel_path, entry_type, size_bytes, modified_at, sha256, status, reason, detail,
			    parent_path, source_item_id, reuse, platform_user, platform_folder, transferred_at)
			""";

	/**
	 * PostgreSQL: the unique key decides, whatever the planner knows of the table (a
	 * {@code NOT EXISTS} plan cached before the table had statistics scans every row of
	 * the run for each insert).
	 */
	private static final String INSERT_POSTGRESQL = COLUMNS + """
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (run_id, rel_path) DO NOTHING""";

	/** The embedded database, which has no {@code ON CONFLICT}. */
	private static final String INSERT_H2 = COLUMNS + """
			SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
			WHERE NOT EXISTS (SELECT 1 FROM inventory_item WHERE run_id = ? AND rel_path = ?)""";

	private final JdbcTemplate jdbc;

	private final long runId;

	private final boolean postgresql;

	public LedgerWriter(JdbcTemplate jdbc, long runId) {
		this.jdbc = jdbc;
		this.runId = runId;
		this.postgresql = DatabaseDialect.of(jdbc.getDataSource()) == DatabaseDialect.POSTGRESQL;
	}

	@Override
	public void write(Chunk<? extends LedgerEntry> chunk) {
		List<Object[]> rows = new ArrayList<>(chunk.size());
		for (LedgerEntry ledgerEntry : chunk) {
			InventoryEntry entry = ledgerEntry.entry();
			ManifestRecord manifest = entry.manifest();
			rows.add(new Object[] { this.runId, entry.relativePath(), entry.type().code(), entry.size(),
					Timestamp.from(entry.modifiedAt()), ledgerEntry.sha256(), ledgerEntry.status().code(),
					ledgerEntry.reason(), ledgerEntry.detail(), InventoryFolders.parent(entry.relativePath()),
					ledgerEntry.sourceItemId(), (ledgerEntry.sourceItemId() != null) ? "unchanged" : null,
					(manifest != null) ? manifest.platformUser() : null,
					(manifest != null) ? manifest.platformFolder() : null,
					(manifest != null) ? manifest.transferredAt() : null });
			if (!this.postgresql) {
				// the NOT EXISTS key of the embedded database's statement
				Object[] row = rows.remove(rows.size() - 1);
				Object[] keyed = Arrays.copyOf(row, row.length + 2);
				keyed[row.length] = this.runId;
				keyed[row.length + 1] = entry.relativePath();
				rows.add(keyed);
			}
		}
		this.jdbc.batchUpdate(this.postgresql ? INSERT_POSTGRESQL : INSERT_H2, rows);
	}

}
