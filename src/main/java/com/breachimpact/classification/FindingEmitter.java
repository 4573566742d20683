package com.breachimpact.classification;

import com.breachimpact.protection.KeyedHasher;

/**
 * Turns a recognized clear value into a {@link SensitiveFinding}: checks the confidence
 * floor and whether the sink {@link FindingSink#wants(long) wants} the offset first (so
 * dropped values are never hashed), then hashes the canonical value under the category's
 * namespace. The clear value goes no further. Thread-safe.
 */
public final class FindingEmitter {

	/** The confidence floor used when none is given. */
	public static final double DEFAULT_FLOOR = 0.5;

	private final KeyedHasher hasher;

	private final double floor;

	/**
	 * An emitter.
	 * @param hasher the keyed hasher of the case
	 * @param floor findings under this confidence are dropped
	 */
	public FindingEmitter(KeyedHasher hasher, double floor) {
		if (hasher == null) {
			throw new IllegalArgumentException("A keyed hasher is required");
		}
		this.hasher = hasher;
		this.floor = floor;
	}

	/**
	 * The confidence floor.
	 * @return findings under this are dropped
	 */
	public double floor() {
		return this.floor;
	}

	/**
	 * The keyed hash of a value under a category's namespace.
	 * @param category the category
	 * @param canonicalValue the canonical clear value
	 * @return the hex hash
	 */
	public String hash(SensitiveCategory category, CharSequence canonicalValue) {
		return this.hasher.hash(category.hashKind(), canonicalValue);
	}

	/**
	 * Emit a finding when its confidence reaches the floor.
	 * @param sink where the finding goes
	 * @param text the scanned text (for the line number)
	 * @param category the category
	 * @param canonicalValue the canonical clear value, hashed and then dropped
	 * @param maskedValue the masked form
	 * @param offset the offset of the value in the text
	 * @param confidence the confidence, clamped to [0, 1]
	 * @param recordKey the record key or {@code null}
	 * @return whether a finding was emitted
	 */
	public boolean emit(FindingSink sink, ScanText text, SensitiveCategory category, CharSequence canonicalValue,
			String maskedValue, long offset, double confidence, String recordKey) {
		double clamped = Math.max(0.0, Math.min(1.0, confidence));
		if (clamped < this.floor || !sink.wants(offset)) {
			return false;
		}
		sink.accept(new SensitiveFinding(category, maskedValue, hash(category, canonicalValue), offset,
				text.lineOf(offset), clamped, recordKey));
		return true;
	}

}
