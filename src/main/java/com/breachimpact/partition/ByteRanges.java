package com.breachimpact.partition;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a stream of items, given in ascending id order with their sizes, into consecutive
 * id ranges of about a target number of bytes each. An item of at least the target size
 * gets a range of its own, so one huge file never holds back the small files around it.
 * Only the ranges are kept in memory.
 */
public final class ByteRanges {

	private final long targetBytes;

	private final List<ItemRange> ranges = new ArrayList<>();

	private long firstId = -1;

	private long lastId = -1;

	private long items;

	private long bytes;

	private long previousId = Long.MIN_VALUE;

	/**
	 * Start cutting ranges of about the given size.
	 * @param targetBytes bytes per range; values below 1 count as 1
	 */
	public ByteRanges(long targetBytes) {
		this.targetBytes = Math.max(targetBytes, 1);
	}

	/**
	 * The target size of ranges cutting {@code totalBytes} into {@code gridSize} parts.
	 * @param totalBytes the bytes of all items
	 * @param gridSize the number of ranges wanted (at least 1)
	 * @return the target, rounded up, at least 1
	 */
	public static long target(long totalBytes, int gridSize) {
		int grid = Math.max(gridSize, 1);
		return Math.max(1, (Math.max(totalBytes, 0) + grid - 1) / grid);
	}

	/**
	 * Add the next item.
	 * @param itemId its id, greater than the previous item's
	 * @param sizeBytes its size; negative sizes count as 0
	 * @throws IllegalArgumentException if the ids are not ascending
	 */
	public void add(long itemId, long sizeBytes) {
		if (itemId <= this.previousId) {
			throw new IllegalArgumentException("Item ids must ascend: " + itemId + " after " + this.previousId);
		}
		this.previousId = itemId;
		long size = Math.max(sizeBytes, 0);
		if (size >= this.targetBytes && this.items > 0) {
			close();
		}
		if (this.items == 0) {
			this.firstId = itemId;
		}
		this.lastId = itemId;
		this.items++;
		this.bytes += size;
		if (this.bytes >= this.targetBytes) {
			close();
		}
	}

	/**
	 * The ranges of the items added so far, the last one included even if smaller than
	 * the target.
	 * @return the ranges in id order, none if no item was added
	 */
	public List<ItemRange> ranges() {
		List<ItemRange> all = new ArrayList<>(this.ranges);
		if (this.items > 0) {
			all.add(new ItemRange(this.firstId, this.lastId, this.items, this.bytes));
		}
		return all;
	}

	private void close() {
		this.ranges.add(new ItemRange(this.firstId, this.lastId, this.items, this.bytes));
		this.items = 0;
		this.bytes = 0;
	}

	/**
	 * A range of item ids, both ends included.
	 *
	 * @param minId the first item's id
	 * @param maxId the last item's id
	 * @param items the items in the range when it was cut
	 * @param bytes their bytes
	 */
	public record ItemRange(long minId, long maxId, long items, long bytes) {

	}

}
