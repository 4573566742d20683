package com.breachimpact.inventory;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Records ledger entries of one run. An entry already recorded for the run (a restarted
 * ingest walking over what it had written) is left as it is.
 */
public class LedgerWriter implements ItemWriter<LedgerEntry> {

	private final JdbcInventoryItemRepository items;

	private final long runId;

	public LedgerWriter(JdbcInventoryItemRepository items, long runId) {
		this.items = items;
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends LedgerEntry> chunk) {
		List<Object[]> rows = new ArrayList<>(chunk.size());
		for (LedgerEntry ledgerEntry : chunk) {
			InventoryEntry entry = ledgerEntry.entry();
			rows.add(JdbcInventoryItemRepository.entryRow(this.runId, entry.relativePath(), entry.type().code(),
					entry.size(), entry.modifiedAt(), ledgerEntry.sha256(), ledgerEntry.status().code(),
					ledgerEntry.reason(), ledgerEntry.detail(), ledgerEntry.sourceItemId(), entry.manifest()));
		}
		this.items.insertEntries(this.runId, rows);
	}

}
