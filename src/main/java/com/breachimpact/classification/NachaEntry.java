package com.breachimpact.classification;

import com.breachimpact.protection.Masking;

/**
 * One entry detail record (type 6) of a NACHA ACH file. It holds clear values for the
 * classifier to validate and hash; it must never be logged or stored, and its
 * {@link #toString()} shows only masked forms.
 *
 * @param entryNumber 1-based number of the entry in the file
 * @param recordNumber 1-based number of the record (of any type) in the file
 * @param offset char offset of the record in the text
 * @param transactionCode positions 2-3
 * @param rdfiRouting positions 4-12: the receiving DFI's 8-digit identification and its
 * check digit
 * @param accountNumber positions 13-29, trimmed
 * @param amountCents positions 30-39, or -1 when not numeric
 * @param individualId positions 40-54, trimmed
 * @param individualName positions 55-76, trimmed
 * @param traceNumber positions 80-94, trimmed
 */
public record NachaEntry(int entryNumber, int recordNumber, long offset, String transactionCode, String rdfiRouting,
		String accountNumber, long amountCents, String individualId, String individualName, String traceNumber) {

	/** Offset of the DFI account number within an entry record. */
	public static final int ACCOUNT_OFFSET = 12;

	/** Offset of the individual name within an entry record. */
	public static final int NAME_OFFSET = 54;

	/** Offset of the RDFI routing number within an entry record. */
	public static final int ROUTING_OFFSET = 3;

	/**
	 * Whether the routing number's check digit is right.
	 * @return whether the nine digits pass the ABA checksum
	 */
	public boolean routingValid() {
		return Checksums.abaRouting(this.rdfiRouting);
	}

	@Override
	public String toString() {
		return "NachaEntry[entry=" + this.entryNumber + ", record=" + this.recordNumber + ", transactionCode="
				+ this.transactionCode + ", routing=" + Masking.lastFour(this.rdfiRouting) + ", account="
				+ Masking.lastFour(this.accountNumber) + ", name=" + NameMasking.initials(this.individualName) + "]";
	}

}
