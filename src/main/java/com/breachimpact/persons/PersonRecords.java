package com.breachimpact.persons;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.breachimpact.classification.PostalAddress;
import com.breachimpact.classification.SensitiveCategory;
import com.breachimpact.classification.SensitiveFinding;

/**
 * Turns the findings of one item into {@link PersonRecord}s: the findings of one
 * structured record are one person's; in free text each SSN, card or account number is
 * one person with that element alone and no name (a letter quoting an SSN exposes its
 * holder as much as a row does). A record holding nothing personal but an address or a
 * phone (a branch list) is no person.
 */
public final class PersonRecords {

	private PersonRecords() {
	}

	/**
	 * The person records of an item.
	 * @param findings the item's findings, record keys unique within the item
	 * @return one record per person-like record, in order
	 */
	public static List<PersonRecord> of(List<SensitiveFinding> findings) {
		Map<String, Builder> records = new LinkedHashMap<>();
		Map<String, Builder> freeText = new LinkedHashMap<>();
		for (SensitiveFinding finding : findings) {
			DataElement element = DataElement.of(finding.category());
			if (element == null) {
				continue;
			}
			if (finding.recordKey() == null) {
				// track data in free text is no person of its own: the card number it
				// holds
				// is reported as a card too
				if (element == DataElement.SSN || element == DataElement.ACCOUNT
						|| finding.category() == SensitiveCategory.PAYMENT_CARD) {
					freeText.computeIfAbsent(element + ":" + finding.valueHash(), (key) -> new Builder())
						.add(finding, element);
				}
				continue;
			}
			records.computeIfAbsent(finding.recordKey(), (key) -> new Builder()).add(finding, element);
		}
		List<PersonRecord> people = new ArrayList<>(records.size() + freeText.size());
		for (Builder record : records.values()) {
			if (record.isPerson()) {
				people.add(record.build());
			}
		}
		freeText.values().forEach((record) -> people.add(record.build()));
		return people;
	}

	private static final class Builder {

		private final Set<String> ssns = new LinkedHashSet<>();

		private final Set<String> cards = new LinkedHashSet<>();

		private final Set<String> accounts = new LinkedHashSet<>();

		private final Set<DataElement> elements = EnumSet.noneOf(DataElement.class);

		private String name;

		private String dob;

		private String residence = PostalAddress.UNKNOWN;

		void add(SensitiveFinding finding, DataElement element) {
			this.elements.add(element);
			switch (element) {
				case SSN -> this.ssns.add(finding.valueHash());
				case CARD -> {
					if (finding.category() == SensitiveCategory.PAYMENT_CARD) {
						this.cards.add(finding.valueHash());
					}
				}
				case ACCOUNT -> this.accounts.add(finding.valueHash());
				case NAME -> this.name = (this.name != null) ? this.name : finding.valueHash();
				case DOB -> this.dob = (this.dob != null) ? this.dob : finding.valueHash();
				case ADDRESS -> {
					// the masked form of an address is the residence it tells
					if (this.residence.equals(PostalAddress.UNKNOWN)) {
						this.residence = finding.maskedValue();
					}
				}
				default -> {
				}
			}
		}

		boolean isPerson() {
			Set<DataElement> others = EnumSet.copyOf(this.elements);
			others.remove(DataElement.ADDRESS);
			others.remove(DataElement.PHONE);
			return !others.isEmpty();
		}

		PersonRecord build() {
			return new PersonRecord(Set.copyOf(this.ssns), Set.copyOf(this.cards), Set.copyOf(this.accounts), this.name,
					this.dob, Set.copyOf(this.elements), this.residence);
		}

	}

}
