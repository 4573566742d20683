package com.breachimpact.inventory;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;

/**
 * Readers of a run's pending ledger items, in id order. Their state is deliberately not
 * saved: the items a failed execution committed are no longer pending, so a restart reads
 * exactly the items still to do. Their SQL is {@link JdbcInventoryItemRepository}'s.
 */
public final class PendingItemReaders {

	private PendingItemReaders() {
	}

	/**
	 * The pending items of one partition of the run (item ids {@code minId} to
	 * {@code maxId}) whose content is to be analysed: all but those that reuse an earlier
	 * analysis of their content.
	 * @param dataSource the database
	 * @param pageSize items per page
	 * @param runId the run
	 * @param minId the partition's first item id
	 * @param maxId the partition's last item id
	 * @return the reader
	 * @throws Exception if the reader cannot be built
	 */
	public static JdbcPagingItemReader<LedgerItem> toAnalyse(DataSource dataSource, int pageSize, long runId,
			long minId, long maxId) throws Exception {
		return reader("pendingItemReader", dataSource, pageSize,
				"source_item_id IS NULL AND item_id BETWEEN :minId AND :maxId",
				Map.of("runId", runId, "minId", minId, "maxId", maxId));
	}

	/**
	 * The pending items of the run that have a source item: moved, copied or
	 * re-registered content, to map to clients again from the source's cached text.
	 * @param dataSource the database
	 * @param pageSize items per page
	 * @param runId the run
	 * @return the reader
	 * @throws Exception if the reader cannot be built
	 */
	public static JdbcPagingItemReader<LedgerItem> toRemap(DataSource dataSource, int pageSize, long runId)
			throws Exception {
		return reader("remapItemReader", dataSource, pageSize, "source_item_id IS NOT NULL", Map.of("runId", runId));
	}

	private static JdbcPagingItemReader<LedgerItem> reader(String name, DataSource dataSource, int pageSize,
			String condition, Map<String, Object> parameters) throws Exception {
		return new JdbcPagingItemReaderBuilder<LedgerItem>().name(name)
			.dataSource(dataSource)
			.selectClause(JdbcInventoryItemRepository.PENDING_SELECT)
			.fromClause(JdbcInventoryItemRepository.PENDING_FROM)
			.whereClause(JdbcInventoryItemRepository.PENDING_WHERE + condition)
			.sortKeys(Map.of(JdbcInventoryItemRepository.PENDING_SORT_KEY, Order.ASCENDING))
			.parameterValues(parameters)
			.rowMapper(LedgerItem.ROW_MAPPER)
			.pageSize(pageSize)
			.saveState(false)
			.build();
	}

}
