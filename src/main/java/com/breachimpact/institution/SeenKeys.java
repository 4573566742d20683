package com.breachimpact.institution;

import java.util.Arrays;

/**
 * A growing set of keys looked up as a range of a {@code char[]}, so that a candidate
 * already seen costs no string: the unknown identifiers of one text, each reported once.
 * Not thread-safe.
 */
final class SeenKeys {

	private String[] keys = new String[16];

	private int size;

	/**
	 * Whether the key held in {@code chars[from, to)} was {@linkplain #add added}.
	 * @param chars the characters
	 * @param from the first character of the key
	 * @param to the end of the key (exclusive)
	 * @return whether it is in the set
	 */
	boolean contains(char[] chars, int from, int to) {
		return this.keys[slot(chars, from, to)] != null;
	}

	/**
	 * Add the key held in {@code chars[from, to)} unless it is in the set.
	 * @param chars the characters
	 * @param from the first character of the key
	 * @param to the end of the key (exclusive)
	 * @return the key as a string when it was added, null when it was in the set
	 */
	String add(char[] chars, int from, int to) {
		int slot = slot(chars, from, to);
		if (this.keys[slot] != null) {
			return null;
		}
		String key = new String(chars, from, to - from);
		this.keys[slot] = key;
		if (++this.size * 2 > this.keys.length) {
			grow();
		}
		return key;
	}

	/** The slot holding the key, or the empty slot where it would go. */
	private int slot(char[] chars, int from, int to) {
		int mask = this.keys.length - 1;
		int slot = spread(OwnerIndex.hash(chars, from, to)) & mask;
		String key;
		while ((key = this.keys[slot]) != null && !OwnerIndex.sameKey(key, chars, from, to)) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private void grow() {
		String[] old = this.keys;
		this.keys = new String[old.length * 2];
		int mask = this.keys.length - 1;
		for (String key : old) {
			if (key != null) {
				int slot = spread(key.hashCode()) & mask;
				while (this.keys[slot] != null) {
					slot = (slot + 1) & mask;
				}
				this.keys[slot] = key;
			}
		}
		Arrays.fill(old, null);
	}

	private static int spread(int hash) {
		return (hash ^ (hash >>> 16)) * 0x9E3779B1 >>> 7;
	}

}
