package com.breachimpact.persons;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import com.breachimpact.classification.PostalAddress;

/**
 * Joins the person records of one client into individuals: records sharing an SSN, then a
 * card number, then an account number under the same name (or with no name on either
 * record), then a name and date of birth are one person. A link that would join two
 * people with different SSNs is refused and both are flagged for review: a conflict is
 * never merged silently. Names and dates are compared as the keyed hashes of their folded
 * forms.
 */
public final class PersonResolver {

	private PersonResolver() {
	}

	/**
	 * Resolve records into persons.
	 * @param records the client's person records, from all its items
	 * @return the persons
	 */
	public static List<Person> resolve(List<PersonRecord> records) {
		return link(records).persons(records);
	}

	/**
	 * Which person each record was joined into.
	 * @param records the records
	 * @return per record, an id shared by the records of one person
	 */
	public static int[] clusters(List<PersonRecord> records) {
		Forest forest = link(records);
		int[] clusters = new int[records.size()];
		for (int i = 0; i < clusters.length; i++) {
			clusters[i] = forest.find(i);
		}
		return clusters;
	}

	private static Forest link(List<PersonRecord> records) {
		Forest forest = new Forest(records);
		link(forest, records, LinkReason.SSN, PersonRecord::ssns);
		link(forest, records, LinkReason.CARD, PersonRecord::cards);
		link(forest, records, LinkReason.ACCOUNT_NAME, (record) -> {
			if (record.name() == null) {
				return Set.of();
			}
			Set<String> keys = new HashSet<>();
			record.accounts().forEach((account) -> keys.add(account + '/' + record.name()));
			return keys;
		});
		// an account number with no name on either side (quoted in free text): the same
		// account; a named record is never joined to a nameless one by its account (a
		// joint account has several holders)
		link(forest, records, LinkReason.ACCOUNT, (record) -> (record.name() == null) ? record.accounts() : Set.of());
		link(forest, records, LinkReason.NAME_DOB, (record) -> (record.name() != null && record.dob() != null)
				? Set.of(record.name() + '/' + record.dob()) : Set.of());
		return forest;
	}

	private static void link(Forest forest, List<PersonRecord> records, LinkReason reason,
			Function<PersonRecord, Set<String>> keys) {
		Map<String, Integer> first = new HashMap<>();
		for (int i = 0; i < records.size(); i++) {
			for (String key : keys.apply(records.get(i))) {
				Integer other = first.putIfAbsent(key, i);
				if (other != null) {
					forest.union(other, i, reason);
				}
			}
		}
	}

	/** Union-find over records, each root holding its group's SSNs and link reasons. */
	private static final class Forest {

		private final int[] parents;

		private final List<Set<String>> ssns = new ArrayList<>();

		private final List<Map<LinkReason, Integer>> links = new ArrayList<>();

		private final boolean[] conflicts;

		Forest(List<PersonRecord> records) {
			this.parents = new int[records.size()];
			this.conflicts = new boolean[records.size()];
			for (int i = 0; i < records.size(); i++) {
				this.parents[i] = i;
				this.ssns.add(new HashSet<>(records.get(i).ssns()));
				this.links.add(new EnumMap<>(LinkReason.class));
			}
		}

		int find(int node) {
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

		void union(int a, int b, LinkReason reason) {
			int rootA = find(a);
			int rootB = find(b);
			if (rootA == rootB) {
				return;
			}
			Set<String> ssnsA = this.ssns.get(rootA);
			Set<String> ssnsB = this.ssns.get(rootB);
			if (reason != LinkReason.SSN && !ssnsA.isEmpty() && !ssnsB.isEmpty()
					&& ssnsA.stream().noneMatch(ssnsB::contains)) {
				this.conflicts[rootA] = true;
				this.conflicts[rootB] = true;
				return;
			}
			this.parents[rootA] = rootB;
			ssnsB.addAll(ssnsA);
			Map<LinkReason, Integer> linksB = this.links.get(rootB);
			this.links.get(rootA).forEach((kind, count) -> linksB.merge(kind, count, Integer::sum));
			linksB.merge(reason, 1, Integer::sum);
			this.conflicts[rootB] |= this.conflicts[rootA];
		}

		List<Person> persons(List<PersonRecord> records) {
			Map<Integer, List<PersonRecord>> groups = new TreeMap<>();
			for (int i = 0; i < records.size(); i++) {
				groups.computeIfAbsent(find(i), (root) -> new ArrayList<>()).add(records.get(i));
			}
			List<Person> persons = new ArrayList<>(groups.size());
			for (Map.Entry<Integer, List<PersonRecord>> group : groups.entrySet()) {
				Set<DataElement> elements = EnumSet.noneOf(DataElement.class);
				Map<String, Integer> residences = new TreeMap<>();
				for (PersonRecord record : group.getValue()) {
					elements.addAll(record.elements());
					if (!record.residence().equals(PostalAddress.UNKNOWN)) {
						residences.merge(record.residence(), 1, Integer::sum);
					}
				}
				String residence = residences.entrySet()
					.stream()
					.max(Map.Entry.<String, Integer>comparingByValue()
						.thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
					.map(Map.Entry::getKey)
					.orElse(PostalAddress.UNKNOWN);
				int root = group.getKey();
				persons.add(new Person(group.getValue().size(), Map.copyOf(this.links.get(root)), Set.copyOf(elements),
						residence, residences.size(), this.conflicts[root]));
			}
			return persons;
		}

	}

}
