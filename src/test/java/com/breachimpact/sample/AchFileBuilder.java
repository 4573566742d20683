package com.breachimpact.sample;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a NACHA ACH file: 94-character records (file header, batch headers, entry
 * details, batch controls, file control) padded with {@code 9} records to a multiple of
 * ten, with entry hashes, counts and totals computed.
 */
final class AchFileBuilder {

	private static final int RECORD_LENGTH = 94;

	private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

	private final String destinationRouting;

	private final String destinationName;

	private final String originRouting;

	private final String originName;

	private final LocalDateTime created;

	private final List<Batch> batches = new ArrayList<>();

	/**
	 * Start a file.
	 * @param destinationRouting the nine-digit immediate destination
	 * @param destinationName the immediate destination name
	 * @param originRouting the nine-digit immediate origin
	 * @param originName the immediate origin name
	 * @param created the file creation date and time
	 */
	AchFileBuilder(String destinationRouting, String destinationName, String originRouting, String originName,
			LocalDateTime created) {
		this.destinationRouting = digits(destinationRouting, 9);
		this.destinationName = destinationName;
		this.originRouting = digits(originRouting, 9);
		this.originName = originName;
		this.created = created;
	}

	/**
	 * Add a batch.
	 * @param companyName the originating company name (16 characters at most)
	 * @param companyId the ten-character company identification
	 * @param secCode the standard entry class code, such as {@code PPD}
	 * @param description the company entry description (10 characters at most)
	 * @param effective the effective entry date
	 * @param odfiRouting the nine-digit routing number of the originating bank
	 * @return the batch, to add entries to
	 */
	Batch batch(String companyName, String companyId, String secCode, String description, LocalDate effective,
			String odfiRouting) {
		Batch batch = new Batch(companyName, companyId, secCode, description, effective, digits(odfiRouting, 9),
				this.batches.size() + 1);
		this.batches.add(batch);
		return batch;
	}

	/**
	 * Render the file.
	 * @param lineSeparator the record terminator, {@code "\n"} or {@code "\r\n"}
	 * @return the bytes of the file (ASCII)
	 */
	byte[] build(String lineSeparator) {
		List<String> records = new ArrayList<>();
		records.add("1" + "01" + " " + this.destinationRouting + " " + this.originRouting
				+ this.created.format(DateTimeFormatter.ofPattern("yyMMddHHmm", Locale.ROOT)) + "A" + "094" + "10" + "1"
				+ alpha(this.destinationName, 23) + alpha(this.originName, 23) + alpha("", 8));
		long fileHash = 0;
		long fileDebits = 0;
		long fileCredits = 0;
		int entryCount = 0;
		for (Batch batch : this.batches) {
			batch.render(records);
			fileHash += batch.entryHash();
			fileDebits += batch.total(true);
			fileCredits += batch.total(false);
			entryCount += batch.entries.size();
		}
		int blocks = (records.size() + 1 + 9) / 10;
		records.add("9" + number(this.batches.size(), 6) + number(blocks, 6) + number(entryCount, 8)
				+ number(fileHash % 10_000_000_000L, 10) + number(fileDebits, 12) + number(fileCredits, 12)
				+ alpha("", 39));
		while (records.size() % 10 != 0) {
			records.add("9".repeat(RECORD_LENGTH));
		}
		StringBuilder out = new StringBuilder();
		for (String record : records) {
			if (record.length() != RECORD_LENGTH) {
				throw new IllegalStateException("ACH record of " + record.length() + " characters: " + record);
			}
			out.append(record).append(lineSeparator);
		}
		return out.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private static String digits(String value, int length) {
		if (value.length() != length || !value.chars().allMatch(Character::isDigit)) {
			throw new IllegalArgumentException("Expected " + length + " digits: " + value);
		}
		return value;
	}

	static String alpha(String value, int width) {
		String upper = value.toUpperCase(Locale.ROOT);
		if (upper.length() > width) {
			return upper.substring(0, width);
		}
		return upper + " ".repeat(width - upper.length());
	}

	static String number(long value, int width) {
		String text = Long.toString(value);
		if (value < 0 || text.length() > width) {
			throw new IllegalArgumentException("Number " + value + " does not fit " + width + " digits");
		}
		return "0".repeat(width - text.length()) + text;
	}

	/**
	 * One batch of entries sharing a company, an SEC code and an originating bank.
	 */
	static final class Batch {

		private final String companyName;

		private final String companyId;

		private final String secCode;

		private final String description;

		private final LocalDate effective;

		private final String odfiRouting;

		private final int number;

		private final List<Entry> entries = new ArrayList<>();

		private Batch(String companyName, String companyId, String secCode, String description, LocalDate effective,
				String odfiRouting, int number) {
			this.companyName = companyName;
			this.companyId = companyId;
			this.secCode = secCode;
			this.description = description;
			this.effective = effective;
			this.odfiRouting = odfiRouting;
			this.number = number;
		}

		/**
		 * Add an entry detail record.
		 * @param transactionCode 22/32 for credits, 27/37 for debits
		 * @param rdfiRouting the nine-digit routing number of the receiving bank
		 * @param account the receiver's account number (17 characters at most)
		 * @param amountCents the amount in cents
		 * @param individualId the individual or receiver id (15 characters at most)
		 * @param name the receiver's name (22 characters at most)
		 * @return this batch
		 */
		Batch entry(int transactionCode, String rdfiRouting, String account, long amountCents, String individualId,
				String name) {
			this.entries
				.add(new Entry(transactionCode, digits(rdfiRouting, 9), account, amountCents, individualId, name));
			return this;
		}

		private long entryHash() {
			long hash = 0;
			for (Entry entry : this.entries) {
				hash += Long.parseLong(entry.rdfiRouting.substring(0, 8));
			}
			return hash;
		}

		private long total(boolean debits) {
			long total = 0;
			for (Entry entry : this.entries) {
				if (entry.isDebit() == debits) {
					total += entry.amountCents;
				}
			}
			return total;
		}

		private String serviceClass() {
			boolean anyDebit = this.entries.stream().anyMatch(Entry::isDebit);
			boolean anyCredit = this.entries.stream().anyMatch((entry) -> !entry.isDebit());
			return (anyDebit && anyCredit) ? "200" : (anyDebit ? "225" : "220");
		}

		private void render(List<String> records) {
			String odfi = this.odfiRouting.substring(0, 8);
			String batchNumber = number(this.number, 7);
			records.add("5" + serviceClass() + alpha(this.companyName, 16) + alpha("", 20) + alpha(this.companyId, 10)
					+ this.secCode + alpha(this.description, 10) + this.effective.format(YYMMDD)
					+ this.effective.format(YYMMDD) + "   " + "1" + odfi + batchNumber);
			int sequence = 1;
			for (Entry entry : this.entries) {
				records.add("6" + entry.transactionCode + entry.rdfiRouting + alpha(entry.account, 17)
						+ number(entry.amountCents, 10) + alpha(entry.individualId, 15) + alpha(entry.name, 22) + "  "
						+ "0" + odfi + number(sequence++, 7));
			}
			records.add("8" + serviceClass() + number(this.entries.size(), 6)
					+ number(entryHash() % 10_000_000_000L, 10) + number(total(true), 12) + number(total(false), 12)
					+ alpha(this.companyId, 10) + alpha("", 19) + alpha("", 6) + odfi + batchNumber);
		}

	}

	private record Entry(int transactionCode, String rdfiRouting, String account, long amountCents, String individualId,
			String name) {

		boolean isDebit() {
			return this.transactionCode % 10 >= 5;
		}

	}

}
