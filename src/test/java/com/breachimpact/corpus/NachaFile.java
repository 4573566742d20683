package com.breachimpact.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a small NACHA file of fixed 94-character records: a file header, one batch
 * (header, entries, control) and a file control, padded with 9s to a block of ten
 * records. Routing numbers go where NACHA puts them: the immediate destination (9
 * digits), the batch's ODFI (8 digits, no check digit) and each entry's RDFI (8 digits
 * and check digit).
 */
final class NachaFile {

	private final String destination;

	private final String companyName;

	private final String odfi;

	private final String secCode;

	private final List<String> entries = new ArrayList<>();

	private long entryHash;

	private long credits;

	/**
	 * Start a file.
	 * @param destination the immediate destination routing number (9 digits)
	 * @param companyName the originating company
	 * @param odfi the originating bank's routing number (9 digits; its first 8 are
	 * written)
	 * @param secCode the standard entry class code, such as {@code PPD}
	 */
	NachaFile(String destination, String companyName, String odfi, String secCode) {
		this.destination = destination;
		this.companyName = companyName;
		this.odfi = odfi;
		this.secCode = secCode;
	}

	/**
	 * Add a credit entry.
	 * @param rdfi the receiving bank's routing number, 9 digits (may fail its checksum,
	 * for decoys)
	 * @param account the receiver's account (digits, 10 to 17)
	 * @param cents the amount in cents
	 * @param name the receiver's name
	 * @return this file
	 */
	NachaFile credit(String rdfi, String account, long cents, String name) {
		int sequence = this.entries.size() + 1;
		this.entries.add(record("622" + rdfi + alpha(account, 17) + number(cents, 10) + alpha("ID" + sequence, 15)
				+ alpha(name, 22) + "  0" + this.odfi.substring(0, 8) + number(sequence, 7)));
		this.entryHash += Long.parseLong(rdfi.substring(0, 8));
		this.credits += cents;
		return this;
	}

	/**
	 * The file's text, records separated by {@code \n}.
	 * @return the file
	 */
	String text() {
		List<String> records = new ArrayList<>();
		records.add(record("101 " + this.destination + "1234567890" + "240315" + "1200" + "A094101"
				+ alpha("FEDERAL RESERVE", 23) + alpha(this.companyName, 23) + alpha("", 8)));
		records.add(record("5220" + alpha(this.companyName, 16) + alpha("", 20) + "1234567890" + this.secCode
				+ alpha("PAYMENTS", 10) + "240315" + "240315" + "   " + "1" + this.odfi.substring(0, 8)
				+ number(1, 7)));
		records.addAll(this.entries);
		String hash = number(this.entryHash % 10_000_000_000L, 10);
		records.add(record("8220" + number(this.entries.size(), 6) + hash + number(0, 12) + number(this.credits, 12)
				+ "1234567890" + alpha("", 19) + alpha("", 6) + this.odfi.substring(0, 8) + number(1, 7)));
		records.add(record("9" + number(1, 6) + number((records.size() + 1 + 9) / 10, 6)
				+ number(this.entries.size(), 8) + hash + number(0, 12) + number(this.credits, 12) + alpha("", 39)));
		while (records.size() % 10 != 0) {
			records.add("9".repeat(94));
		}
		return String.join("\n", records) + "\n";
	}

	private static String record(String content) {
		if (content.length() != 94) {
			throw new IllegalStateException("A NACHA record has 94 characters, not " + content.length());
		}
		return content;
	}

	private static String alpha(String value, int width) {
		String upper = value.toUpperCase(Locale.ROOT);
		return (upper.length() >= width) ? upper.substring(0, width) : upper + " ".repeat(width - upper.length());
	}

	private static String number(long value, int width) {
		return String.format("%0" + width + "d", value);
	}

}
