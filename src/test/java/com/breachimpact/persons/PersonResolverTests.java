package com.breachimpact.persons;

import java.util.List;
import java.util.Set;

import com.breachimpact.classification.PostalAddress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonResolverTests {

	@Test
	void joinsRecordsBySsnCardAccountWithNameAndNameWithDob() {
		// given
		List<PersonRecord> records = List.of(record(Set.of("s1"), Set.of(), Set.of(), "n1", null, "US-TX"),
				record(Set.of("s1"), Set.of("c1"), Set.of(), null, null, PostalAddress.UNKNOWN),
				record(Set.of(), Set.of("c1"), Set.of("a1"), "n1", "d1", PostalAddress.UNKNOWN),
				record(Set.of(), Set.of(), Set.of("a1"), "n1", null, PostalAddress.UNKNOWN),
				record(Set.of(), Set.of(), Set.of(), "n1", "d1", PostalAddress.UNKNOWN));
		// when
		List<Person> persons = PersonResolver.resolve(records);
		// then
		assertThat(persons).hasSize(1);
		Person person = persons.get(0);
		assertThat(person.records()).isEqualTo(5);
		assertThat(person.links()).containsKeys(LinkReason.SSN, LinkReason.CARD, LinkReason.ACCOUNT_NAME,
				LinkReason.NAME_DOB);
		assertThat(person.residence()).isEqualTo("US-TX");
		assertThat(person.needsReview()).isFalse();
	}

	@Test
	void anAccountUnderAnotherNameIsAnotherPerson() {
		List<Person> persons = PersonResolver
			.resolve(List.of(record(Set.of(), Set.of(), Set.of("a1"), "n1", null, PostalAddress.UNKNOWN),
					record(Set.of(), Set.of(), Set.of("a1"), "n2", null, PostalAddress.UNKNOWN)));
		assertThat(persons).hasSize(2);
	}

	@Test
	void peopleSharingANameWithOtherBirthDatesStayApart() {
		List<Person> persons = PersonResolver
			.resolve(List.of(record(Set.of(), Set.of(), Set.of(), "n1", "d1", PostalAddress.UNKNOWN),
					record(Set.of(), Set.of(), Set.of(), "n1", "d2", PostalAddress.UNKNOWN)));
		assertThat(persons).hasSize(2);
	}

	@Test
	void conflictingSsnsUnderOneNameAndDobAreKeptApartAndFlagged() {
		// given: same name and date of birth, different SSNs, and a third record that
		// would bridge them
		List<PersonRecord> records = List.of(record(Set.of("s1"), Set.of(), Set.of(), "n1", "d1", "US-FL"),
				record(Set.of("s2"), Set.of(), Set.of(), "n1", "d1", "US-TX"),
				record(Set.of(), Set.of(), Set.of(), "n9", "d9", PostalAddress.UNKNOWN));
		// when
		List<Person> persons = PersonResolver.resolve(records);
		// then
		assertThat(persons).hasSize(3);
		assertThat(persons.stream().filter(Person::needsReview)).hasSize(2);
		assertThat(persons.stream().map(Person::residence)).contains("US-FL", "US-TX");
	}

	@Test
	void mostFrequentResidenceWins() {
		List<Person> persons = PersonResolver
			.resolve(List.of(record(Set.of("s1"), Set.of(), Set.of(), null, null, "US-CA"),
					record(Set.of("s1"), Set.of(), Set.of(), null, null, "US-NY"),
					record(Set.of("s1"), Set.of(), Set.of(), null, null, "US-NY")));
		assertThat(persons).singleElement().satisfies((person) -> {
			assertThat(person.residence()).isEqualTo("US-NY");
			assertThat(person.residences()).isEqualTo(2);
		});
	}

	static PersonRecord record(Set<String> ssns, Set<String> cards, Set<String> accounts, String name, String dob,
			String residence) {
		return new PersonRecord(ssns, cards, accounts, name, dob, Set.of(DataElement.NAME), residence);
	}

}
