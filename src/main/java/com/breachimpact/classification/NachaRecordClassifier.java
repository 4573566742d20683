package com.breachimpact.classification;

import java.util.List;

import com.breachimpact.protection.Masking;

/**
 * Classifies the records of a NACHA file: each entry detail record yields a
 * {@link SensitiveCategory#BANK_ACCOUNT} finding for its DFI account number, a
 * {@link SensitiveCategory#ROUTING_NUMBER} finding for its RDFI routing number and a
 * {@link SensitiveCategory#PERSON_NAME} finding for its individual name, all with record
 * key {@code nacha:entry:N}; the payment information of addenda records is scanned with
 * the free-text recognizers and tied to the entry it follows. Thread-safe.
 */
public final class NachaRecordClassifier {

	private final NachaRecordReader reader = new NachaRecordReader();

	private final FindingEmitter emitter;

	private final List<SensitiveDataRecognizer> textRecognizers;

	/**
	 * A classifier.
	 * @param emitter hashes values and applies the confidence floor
	 * @param textRecognizers recognizers run on addenda payment information
	 */
	public NachaRecordClassifier(FindingEmitter emitter, List<SensitiveDataRecognizer> textRecognizers) {
		this.emitter = emitter;
		this.textRecognizers = List.copyOf(textRecognizers);
	}

	/**
	 * Classify a NACHA file.
	 * @param text the file's text
	 * @param sink where findings go
	 * @return what was read (entry and record counts)
	 */
	public NachaFile classify(ScanText text, FindingSink sink) {
		NachaFile file = this.reader.read(text.text());
		for (NachaEntry entry : file.entries()) {
			String key = recordKey(entry.entryNumber());
			boolean routingValid = entry.routingValid();
			String account = canonicalAccount(entry.accountNumber());
			if (account.length() >= 4 && !Checksums.allSame(account)) {
				this.emitter.emit(sink, text, SensitiveCategory.BANK_ACCOUNT, account, Masking.lastFour(account),
						entry.offset() + NachaEntry.ACCOUNT_OFFSET, routingValid ? 0.95 : 0.7, key);
			}
			if (routingValid) {
				this.emitter.emit(sink, text, SensitiveCategory.ROUTING_NUMBER, entry.rdfiRouting(),
						Masking.lastFour(entry.rdfiRouting()), entry.offset() + NachaEntry.ROUTING_OFFSET, 0.95, key);
			}
			if (NameMasking.plausibleName(entry.individualName())) {
				this.emitter.emit(sink, text, SensitiveCategory.PERSON_NAME,
						NameMasking.canonical(entry.individualName()), NameMasking.initials(entry.individualName()),
						entry.offset() + NachaEntry.NAME_OFFSET, 0.8, key);
			}
		}
		for (NachaFile.Addenda addenda : file.addenda()) {
			String key = (addenda.entryNumber() > 0) ? recordKey(addenda.entryNumber()) : null;
			ScanText piece = ScanText.of(addenda.paymentInformation());
			FindingSink shifted = new RecordSink(sink, text, addenda.offset(), key);
			for (SensitiveDataRecognizer recognizer : this.textRecognizers) {
				recognizer.scan(piece, shifted);
			}
		}
		return file;
	}

	/**
	 * The record key of an entry.
	 * @param entryNumber 1-based entry number
	 * @return {@code nacha:entry:N}
	 */
	public static String recordKey(int entryNumber) {
		return "nacha:entry:" + entryNumber;
	}

	/**
	 * The canonical form of an account number: its digits when it has nothing else but
	 * separators, otherwise its letters and digits upper-cased.
	 * @param account the clear account number
	 * @return the canonical form
	 */
	static String canonicalAccount(String account) {
		StringBuilder alnum = new StringBuilder(account.length());
		for (int i = 0; i < account.length(); i++) {
			char c = account.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				alnum.append(Character.toUpperCase(c));
			}
		}
		return alnum.toString();
	}

}
