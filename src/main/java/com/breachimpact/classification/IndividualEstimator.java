package com.breachimpact.classification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Estimates how many distinct people the findings of one text concern. Every structured
 * record (findings sharing a record key) that holds personal data is one node; records
 * are joined when they share an SSN hash, or an account hash together with a name hash.
 * Findings outside records add a node per distinct SSN, card or account hash (an SSN node
 * joins the records holding the same SSN); dates of birth, e-mails, phones and names
 * outside records add none, since they cannot be told apart from the people already
 * counted. The estimate is the number of joined groups. Not thread-safe: one per
 * classification.
 */
public final class IndividualEstimator {

	private static final Set<SensitiveCategory> PERSONAL = EnumSet.of(SensitiveCategory.SSN,
			SensitiveCategory.PAYMENT_CARD, SensitiveCategory.TRACK_DATA, SensitiveCategory.BANK_ACCOUNT,
			SensitiveCategory.DATE_OF_BIRTH, SensitiveCategory.EMAIL_ADDRESS, SensitiveCategory.PHONE_NUMBER,
			SensitiveCategory.PERSON_NAME);

	private static final Set<SensitiveCategory> FREE_TEXT_PEOPLE = EnumSet.of(SensitiveCategory.SSN,
			SensitiveCategory.PAYMENT_CARD, SensitiveCategory.BANK_ACCOUNT);

	private final Map<String, Integer> nodes = new HashMap<>();

	private final List<Integer> parents = new ArrayList<>();

	private final Map<String, Integer> bySsn = new HashMap<>();

	private final Map<String, Set<String>> accountsByRecord = new HashMap<>();

	private final Map<String, Set<String>> namesByRecord = new HashMap<>();

	/**
	 * Take one finding into account.
	 * @param finding the finding
	 */
	public void add(SensitiveFinding finding) {
		SensitiveCategory category = finding.category();
		String recordKey = finding.recordKey();
		if (recordKey == null) {
			if (!FREE_TEXT_PEOPLE.contains(category)) {
				return;
			}
			int node = node(category.hashKind() + ":" + finding.valueHash());
			if (category == SensitiveCategory.SSN) {
				linkSsn(finding.valueHash(), node);
			}
			return;
		}
		if (!PERSONAL.contains(category)) {
			return;
		}
		int node = node("record:" + recordKey);
		if (category == SensitiveCategory.SSN) {
			linkSsn(finding.valueHash(), node);
		}
		else if (category == SensitiveCategory.BANK_ACCOUNT) {
			this.accountsByRecord.computeIfAbsent(recordKey, (key) -> new LinkedHashSet<>()).add(finding.valueHash());
		}
		else if (category == SensitiveCategory.PERSON_NAME) {
			this.namesByRecord.computeIfAbsent(recordKey, (key) -> new LinkedHashSet<>()).add(finding.valueHash());
		}
	}

	/**
	 * The estimated number of distinct people over the findings added so far.
	 * @return the number of joined groups of records and values
	 */
	public long estimate() {
		Map<String, Integer> byAccountAndName = new HashMap<>();
		this.accountsByRecord.forEach((recordKey, accounts) -> {
			Set<String> names = this.namesByRecord.get(recordKey);
			if (names == null) {
				return;
			}
			int node = this.nodes.get("record:" + recordKey);
			for (String account : accounts) {
				for (String name : names) {
					Integer other = byAccountAndName.putIfAbsent(account + "|" + name, node);
					if (other != null) {
						union(node, other);
					}
				}
			}
		});
		Set<Integer> roots = new java.util.HashSet<>();
		for (int node = 0; node < this.parents.size(); node++) {
			roots.add(find(node));
		}
		return roots.size();
	}

	private void linkSsn(String hash, int node) {
		Integer other = this.bySsn.putIfAbsent(hash, node);
		if (other != null) {
			union(node, other);
		}
	}

	private int node(String key) {
		Integer existing = this.nodes.get(key);
		if (existing != null) {
			return existing;
		}
		int node = this.parents.size();
		this.parents.add(node);
		this.nodes.put(key, node);
		return node;
	}

	private int find(int node) {
		int root = node;
		while (this.parents.get(root) != root) {
			root = this.parents.get(root);
		}
		int current = node;
		while (current != root) {
			int next = this.parents.get(current);
			this.parents.set(current, root);
			current = next;
		}
		return root;
	}

	private void union(int a, int b) {
		int rootA = find(a);
		int rootB = find(b);
		if (rootA != rootB) {
			this.parents.set(Math.max(rootA, rootB), Math.min(rootA, rootB));
		}
	}

}
