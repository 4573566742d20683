package com.breachimpact.report;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts distinct people over the people of several items: people sharing a link key are
 * one (union-find over people, joined through their keys).
 */
final class PeopleCounter {

	private final Map<String, Integer> people = new HashMap<>();

	private final Map<String, Integer> keys = new HashMap<>();

	private int[] parents = new int[64];

	private int size;

	/**
	 * Add one link key of one person.
	 * @param person a key unique to the person (item and person number)
	 * @param linkKey one of the person's link keys
	 */
	void add(String person, String linkKey) {
		int node = this.people.computeIfAbsent(person, (p) -> newNode());
		Integer other = this.keys.putIfAbsent(linkKey, node);
		if (other != null) {
			union(node, other);
		}
	}

	/** The number of distinct people. */
	long count() {
		long roots = 0;
		for (int node = 0; node < this.size; node++) {
			if (find(node) == node) {
				roots++;
			}
		}
		return roots;
	}

	private int newNode() {
		if (this.size == this.parents.length) {
			this.parents = java.util.Arrays.copyOf(this.parents, this.size * 2);
		}
		this.parents[this.size] = this.size;
		return this.size++;
	}

	private int find(int node) {
		int root = node;
		while (this.parents[root] != root) {
			root = this.parents[root];
		}
		while (this.parents[node] != root) {
			int next = this.parents[node];
			this.parents[node] = root;
			node = next;
		}
		return root;
	}

	private void union(int a, int b) {
		int rootA = find(a);
		int rootB = find(b);
		if (rootA != rootB) {
			this.parents[rootA] = rootB;
		}
	}

}
