package com.breachimpact.classification;

import java.util.List;
import java.util.Map;

/**
 * What {@link NachaRecordReader} read from a NACHA file.
 *
 * @param entries the entry detail records, in file order
 * @param recordCounts number of records per record type code ({@code '1'}, {@code '5'},
 * {@code '6'}, {@code '7'}, {@code '8'}, {@code '9'}); filler records of nines count
 * under '9'
 * @param addenda the payment related information of addenda records (positions 4-83),
 * with their offsets
 * @param malformedRecords records of another type code or too short to read
 */
public record NachaFile(List<NachaEntry> entries, Map<Character, Integer> recordCounts, List<Addenda> addenda,
		int malformedRecords) {

	public NachaFile {
		entries = List.copyOf(entries);
		recordCounts = Map.copyOf(recordCounts);
		addenda = List.copyOf(addenda);
	}

	/**
	 * The number of well-formed records of every type.
	 * @return the sum of the record counts
	 */
	public int totalRecords() {
		return this.recordCounts.values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * The free-text part of one addenda record.
	 *
	 * @param entryNumber the entry the addenda follows (0 when none)
	 * @param offset the char offset of the payment information in the text
	 * @param paymentInformation positions 4-83 of the record
	 */
	public record Addenda(int entryNumber, long offset, String paymentInformation) {

		@Override
		public String toString() {
			return "Addenda[entry=" + this.entryNumber + ", offset=" + this.offset + "]";
		}

	}

}
