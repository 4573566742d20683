package com.breachimpact.classification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people of one item as sets of link keys, so that people can be joined across items:
 * two people sharing a key (the same SSN hash, the same card hash, or the same account
 * hash together with the same name hash) are one person. A structured record holding
 * personal data is one person; in free text, each distinct SSN, card or account number is
 * one (track data is linked through the card number it holds, reported as a card too). A
 * record with no linking value (only a date of birth, say) gets a key of its own and is
 * counted alone.
 */
public final class PersonLinks {

	private PersonLinks() {
	}

	/**
	 * The people of an item.
	 * @param findings the item's findings, record keys unique within the item (prefix
	 * them with the member path when an item has several members)
	 * @param itemKey a key unique to the item, for people without a linking value
	 * @return one set of link keys per person
	 */
	public static List<Set<String>> of(List<SensitiveFinding> findings, String itemKey) {
		Map<String, Set<String>> records = new LinkedHashMap<>();
		Map<String, List<String>> accounts = new LinkedHashMap<>();
		Map<String, List<String>> names = new LinkedHashMap<>();
		Set<String> freeText = new LinkedHashSet<>();
		for (SensitiveFinding finding : findings) {
			SensitiveCategory category = finding.category();
			String record = finding.recordKey();
			if (record == null) {
				switch (category) {
					case SSN -> freeText.add("ssn:" + finding.valueHash());
					case PAYMENT_CARD -> freeText.add("card:" + finding.valueHash());
					case BANK_ACCOUNT -> freeText.add("acct:" + finding.valueHash());
					default -> {
					}
				}
				continue;
			}
			if (!isPersonal(category)) {
				continue;
			}
			Set<String> keys = records.computeIfAbsent(record, (r) -> new LinkedHashSet<>());
			switch (category) {
				case SSN -> keys.add("ssn:" + finding.valueHash());
				case PAYMENT_CARD -> keys.add("card:" + finding.valueHash());
				case BANK_ACCOUNT ->
					accounts.computeIfAbsent(record, (r) -> new ArrayList<>()).add(finding.valueHash());
				case PERSON_NAME -> names.computeIfAbsent(record, (r) -> new ArrayList<>()).add(finding.valueHash());
				default -> {
				}
			}
		}
		List<Set<String>> people = new ArrayList<>();
		for (Map.Entry<String, Set<String>> record : records.entrySet()) {
			Set<String> keys = record.getValue();
			for (String account : accounts.getOrDefault(record.getKey(), List.of())) {
				for (String name : names.getOrDefault(record.getKey(), List.of())) {
					keys.add("acct-name:" + account + name);
				}
			}
			if (keys.isEmpty()) {
				keys.add("record:" + itemKey + ":" + record.getKey());
			}
			people.add(keys);
		}
		for (String key : freeText) {
			people.add(Set.of(key));
		}
		return people;
	}

	private static boolean isPersonal(SensitiveCategory category) {
		return switch (category) {
			case SSN, PAYMENT_CARD, TRACK_DATA, BANK_ACCOUNT, DATE_OF_BIRTH, EMAIL_ADDRESS, PHONE_NUMBER, PERSON_NAME ->
				true;
			default -> false;
		};
	}

}
