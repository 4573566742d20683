package com.breachimpact.classification;

/**
 * One occurrence of sensitive data. It never holds the clear value: only its masked form
 * and its keyed hash.
 *
 * @param category what was found
 * @param maskedValue the value as it may be shown (see
 * {@link com.breachimpact.protection.Masking})
 * @param valueHash {@code KeyedHasher.hash(category.hashKind(), canonicalValue)}, so
 * equal values compare equal across files without being kept
 * @param offset character offset of the value in the scanned text
 * @param line 1-based line of the value in the scanned text
 * @param confidence how sure the recognizer is, between 0 and 1
 * @param recordKey the structured record the value belongs to (e.g.
 * {@code nacha:entry:17}, {@code csv:row:42}), or {@code null} for free text
 */
public record SensitiveFinding(SensitiveCategory category, String maskedValue, String valueHash, long offset, int line,
		double confidence, String recordKey) {

	/**
	 * The same finding tied to a structured record.
	 * @param key the record key
	 * @return a copy with that record key
	 */
	public SensitiveFinding withRecordKey(String key) {
		return new SensitiveFinding(this.category, this.maskedValue, this.valueHash, this.offset, this.line,
				this.confidence, key);
	}

}
