package com.breachimpact.partition;

import java.util.LinkedHashMap;
import java.util.Map;

import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.partition.ByteRanges.ItemRange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Splits the pending items of a run into ranges of item ids holding about the same number
 * of bytes (not files): one partition per range, named after it
 * ({@code items-<minId>-<maxId>}), its bounds in the execution context under
 * {@link #MIN_ID} and {@link #MAX_ID}. The ledger is read in id order through a database
 * cursor, so only the ranges are held in memory whatever the size of the inventory.
 * <p>
 * A restarted step partitions again what is still pending: a range whose items were all
 * analysed is not pending any more, a failed range is cut anew from the items it left,
 * and a range that comes out unchanged keeps its name (and its last execution's context).
 */
public class ItemRangePartitioner implements Partitioner {

	/** Execution context key of a partition's first item id. */
	public static final String MIN_ID = "minId";

	/** Execution context key of a partition's last item id. */
	public static final String MAX_ID = "maxId";

	/** Execution context key of the number of pending items a partition had when cut. */
	public static final String ITEMS = "items";

	/** Execution context key of the bytes of those items. */
	public static final String BYTES = "bytes";

	private static final Logger logger = LoggerFactory.getLogger(ItemRangePartitioner.class);

	private final JdbcInventoryItemRepository items;

	private final TransactionTemplate readOnly;

	private final long runId;

	/**
	 * Create a partitioner over one run's ledger.
	 * @param items the ledger
	 * @param transactionManager its transactions (PostgreSQL streams a result set only
	 * inside one)
	 * @param runId the run
	 */
	public ItemRangePartitioner(JdbcInventoryItemRepository items, PlatformTransactionManager transactionManager,
			long runId) {
		this.items = items;
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
		this.runId = runId;
	}

	/**
	 * Cut the run's pending items into about {@code gridSize} ranges of equal bytes.
	 * @param gridSize the number of ranges wanted; there are fewer when there are fewer
	 * items, and a few more when huge items get ranges of their own
	 * @return partition name to execution context, in id order; empty when no item is
	 * pending
	 */
	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		return this.readOnly.execute((status) -> {
			long total = this.items.pendingTotals(this.runId)[1];
			ByteRanges ranges = new ByteRanges(ByteRanges.target(total, gridSize));
			this.items.pendingSizes(this.runId, (row) -> ranges.add(row.getLong(1), row.getLong(2)));
			Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
			for (ItemRange range : ranges.ranges()) {
				ExecutionContext context = new ExecutionContext();
				context.putLong(MIN_ID, range.minId());
				context.putLong(MAX_ID, range.maxId());
				context.putLong(ITEMS, range.items());
				context.putLong(BYTES, range.bytes());
				partitions.put(name(range), context);
			}
			logger.info("Run {}: {} pending bytes in {} partitions (grid {})", this.runId, total, partitions.size(),
					gridSize);
			return partitions;
		});
	}

	/**
	 * The partition name of a range.
	 * @param range the range
	 * @return {@code items-<minId>-<maxId>}
	 */
	static String name(ItemRange range) {
		return "items-" + range.minId() + "-" + range.maxId();
	}

}
