package com.breachimpact.analysis;

import java.util.HashSet;
import java.util.Set;

/**
 * The union of stored sets of keyed hashes ({@link SensitiveValueSet#valueHashes()}), to
 * count distinct values across leaves. Each hash is kept whole, as four longs, so the
 * count is exact.
 */
final class KeyedHashUnion {

	private final Set<Hash> hashes = new HashSet<>();

	private int sets;

	private int firstSetSize;

	/** The first set, united with the others only once a second one comes. */
	private String pending;

	/**
	 * Add the hashes of one stored set.
	 * @param valueHashes the column {@code value_hashes}
	 */
	void add(String valueHashes) {
		int count = SensitiveValueSet.hashCount(valueHashes);
		if (++this.sets == 1) {
			// a single set needs no union: its hashes are distinct already
			this.firstSetSize = count;
			this.pending = valueHashes;
			return;
		}
		if (this.pending != null) {
			addAll(this.pending);
			this.pending = null;
		}
		addAll(valueHashes);
	}

	private void addAll(String valueHashes) {
		for (int at = 0; at < valueHashes.length(); at += SensitiveValueSet.HASH_CHARS) {
			this.hashes.add(new Hash(word(valueHashes, at), word(valueHashes, at + 16), word(valueHashes, at + 32),
					word(valueHashes, at + 48)));
		}
	}

	/**
	 * How many distinct hashes the sets added hold together.
	 * @return the size of the union
	 */
	long size() {
		return (this.sets == 1) ? this.firstSetSize : this.hashes.size();
	}

	private static long word(String hex, int from) {
		long word = 0;
		for (int i = from; i < from + 16; i++) {
			int digit = Character.digit(hex.charAt(i), 16);
			if (digit < 0) {
				throw new IllegalStateException("A stored keyed hash holds a character that is not a hex digit");
			}
			word = (word << 4) | digit;
		}
		return word;
	}

	private record Hash(long first, long second, long third, long fourth) {

	}

}
