package com.breachimpact.institution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.breachimpact.protection.Masking;

/**
 * The clients that own each key of one kind of identifier (a routing number, a BIC
 * institution part, an e-mail domain...), built once and read by a recognizer. Keys are
 * looked up as a range of a {@code char[]} (no string made per candidate): an
 * open-addressing table of the keys (their hashes, and their characters in one array),
 * each with its owners and its masked form.
 */
final class OwnerIndex {

	/** Per slot: the hash of its key ({@link String#hashCode}). */
	private final int[] hashes;

	/** Per slot: where its key starts in {@link #keyChars}, or -1 for an empty slot. */
	private final int[] keyStarts;

	/** Per slot: the length of its key. */
	private final int[] keyLengths;

	/** The characters of all keys, one after the other. */
	private final char[] keyChars;

	private final String[][] owners;

	private final String[] masked;

	private final int mask;

	private OwnerIndex(Map<String, String[]> owners) {
		int capacity = Integer.highestOneBit(Math.max(4, owners.size() * 2 + 1)) << 1;
		this.hashes = new int[capacity];
		this.keyStarts = new int[capacity];
		this.keyLengths = new int[capacity];
		this.owners = new String[capacity][];
		this.masked = new String[capacity];
		this.mask = capacity - 1;
		Arrays.fill(this.keyStarts, -1);
		StringBuilder chars = new StringBuilder();
		owners.forEach((key, clients) -> {
			int hash = key.hashCode();
			int slot = slot(hash);
			while (this.keyStarts[slot] >= 0) {
				slot = (slot + 1) & this.mask;
			}
			this.hashes[slot] = hash;
			this.keyStarts[slot] = chars.length();
			this.keyLengths[slot] = key.length();
			chars.append(key);
			this.owners[slot] = clients;
			this.masked[slot] = Masking.lastFour(key);
		});
		this.keyChars = chars.toString().toCharArray();
	}

	/**
	 * The index of one kind of identifier of every client of a registry.
	 * @param registry the registry
	 * @param keys a client's keys of that kind, in the index's canonical form
	 * @return the index
	 */
	static OwnerIndex of(ClientRegistry registry, Function<Client, ? extends Collection<String>> keys) {
		Builder owners = new Builder();
		for (Client client : registry.clients()) {
			keys.apply(client).forEach((key) -> owners.add(key, client.clientId()));
		}
		return owners.build();
	}

	/**
	 * The entry of a key held in {@code chars[from, to)}.
	 * @param chars the characters
	 * @param from the first character of the key
	 * @param to the end of the key (exclusive)
	 * @return the entry, for {@link #owners(int)} and {@link #masked(int)}, or -1 when no
	 * client owns the key
	 */
	int find(char[] chars, int from, int to) {
		int hash = hash(chars, from, to);
		int length = to - from;
		int slot = slot(hash);
		int start;
		while ((start = this.keyStarts[slot]) >= 0) {
			if (this.hashes[slot] == hash && this.keyLengths[slot] == length
					&& Arrays.equals(this.keyChars, start, start + length, chars, from, to)) {
				return slot;
			}
			slot = (slot + 1) & this.mask;
		}
		return -1;
	}

	/**
	 * The client ids that own the key of an entry.
	 * @param entry an entry {@link #find} returned
	 * @return the owners
	 */
	String[] owners(int entry) {
		return this.owners[entry];
	}

	/**
	 * The key of an entry masked as {@link Masking#lastFour} masks it.
	 * @param entry an entry {@link #find} returned
	 * @return the masked key
	 */
	String masked(int entry) {
		return this.masked[entry];
	}

	private int slot(int hash) {
		return (hash ^ (hash >>> 16)) * 0x9E3779B1 >>> 7 & this.mask;
	}

	/** The hash of {@link String#hashCode} over a range of characters. */
	static int hash(char[] chars, int from, int to) {
		int hash = 0;
		for (int i = from; i < to; i++) {
			hash = 31 * hash + chars[i];
		}
		return hash;
	}

	static boolean sameKey(String key, char[] chars, int from, int to) {
		if (key.length() != to - from) {
			return false;
		}
		for (int i = from; i < to; i++) {
			if (key.charAt(i - from) != chars[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Collects the owners of keys, each client once per key.
	 */
	static final class Builder {

		private final Map<String, List<String>> owners = new LinkedHashMap<>();

		/**
		 * Add a client as owner of a key.
		 * @param key the key
		 * @param clientId the client
		 * @return this builder
		 */
		Builder add(String key, String clientId) {
			List<String> list = this.owners.computeIfAbsent(key, (k) -> new ArrayList<>());
			if (!list.contains(clientId)) {
				list.add(clientId);
			}
			return this;
		}

		OwnerIndex build() {
			Map<String, String[]> frozen = new LinkedHashMap<>();
			this.owners.forEach((key, list) -> frozen.put(key, list.toArray(String[]::new)));
			return new OwnerIndex(frozen);
		}

	}

}
