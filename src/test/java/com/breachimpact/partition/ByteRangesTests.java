package com.breachimpact.partition;

import java.util.List;

import com.breachimpact.partition.ByteRanges.ItemRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ByteRanges}.
 */
class ByteRangesTests {

	@Test
	void equalSizedItemsAreCutIntoRangesOfEqualBytes() {
		// given
		ByteRanges ranges = new ByteRanges(ByteRanges.target(100 * 10, 4));

		// when
		for (long id = 1; id <= 100; id++) {
			ranges.add(id, 10);
		}

		// then
		assertThat(ranges.ranges()).containsExactly(new ItemRange(1, 25, 25, 250), new ItemRange(26, 50, 25, 250),
				new ItemRange(51, 75, 25, 250), new ItemRange(76, 100, 25, 250));
	}

	@Test
	void rangesAreSizedByBytesNotByFileCount() {
		// given: 10 files of 1000 bytes, then 1000 files of 10 bytes
		ByteRanges ranges = new ByteRanges(ByteRanges.target(10 * 1000 + 1000 * 10, 2));

		// when
		for (long id = 1; id <= 1010; id++) {
			ranges.add(id, (id <= 10) ? 1000 : 10);
		}

		// then
		assertThat(ranges.ranges()).containsExactly(new ItemRange(1, 10, 10, 10_000),
				new ItemRange(11, 1010, 1000, 10_000));
	}

	@Test
	void aHugeFileGetsARangeOfItsOwn() {
		// given
		long[] sizes = { 5, 5, 5, 1_000, 5, 5, 5, 5 };
		ByteRanges ranges = new ByteRanges(ByteRanges.target(1_035, 4));

		// when
		for (int i = 0; i < sizes.length; i++) {
			ranges.add(i + 1, sizes[i]);
		}

		// then
		assertThat(ranges.ranges()).containsExactly(new ItemRange(1, 3, 3, 15), new ItemRange(4, 4, 1, 1_000),
				new ItemRange(5, 8, 4, 20));
	}

	@Test
	void everyItemIsInExactlyOneRangeAndRangesDoNotOverlap() {
		// given: ids with gaps, sizes spread over six orders of magnitude
		java.util.Random random = new java.util.Random(42);
		ByteRanges ranges = new ByteRanges(ByteRanges.target(50_000_000, 8));
		long id = 0;
		long items = 0;
		long bytes = 0;

		// when
		for (int i = 0; i < 5_000; i++) {
			id += 1 + random.nextInt(3);
			long size = (long) Math.pow(10, random.nextInt(7));
			ranges.add(id, size);
			items++;
			bytes += size;
		}

		// then
		List<ItemRange> cut = ranges.ranges();
		assertThat(cut.stream().mapToLong(ItemRange::items).sum()).isEqualTo(items);
		assertThat(cut.stream().mapToLong(ItemRange::bytes).sum()).isEqualTo(bytes);
		for (int i = 1; i < cut.size(); i++) {
			assertThat(cut.get(i).minId()).isGreaterThan(cut.get(i - 1).maxId());
		}
		assertThat(cut.get(cut.size() - 1).maxId()).isEqualTo(id);
	}

	@Test
	void zeroByteFilesAreRangedToo() {
		// given
		ByteRanges ranges = new ByteRanges(ByteRanges.target(0, 4));

		// when
		ranges.add(7, 0);
		ranges.add(9, 0);

		// then
		assertThat(ranges.ranges()).containsExactly(new ItemRange(7, 9, 2, 0));
	}

	@Test
	void noItemsNoRanges() {
		assertThat(new ByteRanges(10).ranges()).isEmpty();
	}

	@Test
	void idsMustAscend() {
		ByteRanges ranges = new ByteRanges(10);
		ranges.add(5, 1);
		assertThatIllegalArgumentException().isThrownBy(() -> ranges.add(5, 1));
	}

}
