package com.breachimpact.persons;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.breachimpact.classification.NachaFixture;
import com.breachimpact.classification.PostalAddress;
import com.breachimpact.classification.SensitiveDataClassifier;
import com.breachimpact.protection.KeyedHasher;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PersonRecords} with {@link PersonResolver}: how many persons the
 * findings of real texts make (the count the reports show as estimated individuals).
 */
class PersonRecordsTests {

	private final SensitiveDataClassifier classifier = new SensitiveDataClassifier(
			KeyedHasher.withKey("person-records-tests-key-0123456789".getBytes(StandardCharsets.UTF_8)));

	@Test
	void aValueQuotedOnlyInFreeTextIsAPersonWithThatElementAndNoName() {
		// given: a letter, no record anywhere
		String letter = "Re: member with SSN 536-22-4417, please confirm.\n";
		// when
		List<PersonRecord> records = records(letter, "letter.txt", "text/plain");
		// then
		assertThat(records).singleElement().satisfies((record) -> {
			assertThat(record.elements()).containsExactly(DataElement.SSN);
			assertThat(record.ssns()).hasSize(1);
			assertThat(record.name()).isNull();
			assertThat(record.residence()).isEqualTo(PostalAddress.UNKNOWN);
		});
		assertThat(PersonResolver.resolve(records)).hasSize(1);
	}

	@Test
	void freeTextCountsEachSsnCardAndAccountOnce() {
		// given: two SSNs (one twice), one card, a date of birth, a phone and an e-mail
		String text = """
				Customer Jane Doe, SSN 521-43-8765, DOB: 01/02/1980.
				Her card 4526 0181 5908 3012 and again SSN 521-43-8765.
				Second customer SSN 521-43-8766, cell (212) 736-5000, jane.doe@mailbox.org
				""";
		// then: nothing in free text ties the card to an SSN
		assertThat(persons(text, "notes.docx", "application/msword")).as("two SSNs and one card").isEqualTo(3);
	}

	@Test
	void trackDataInFreeTextIsTheCardItHolds() {
		String text = "swipe log: %B4526018159083012^DOE/JANE^2812101000000000?\n";
		assertThat(persons(text, "swipes.log", "text/plain")).isOne();
	}

	@Test
	void sameAccountQuotedInTwoLettersIsOnePerson() {
		List<PersonRecord> records = new ArrayList<>();
		records.addAll(records("Your account 000123456789 was closed.\n", "a.txt", "text/plain"));
		records.addAll(records("Re: account no 000123456789, balance enclosed.\n", "b.txt", "text/plain"));
		assertThat(records).hasSize(2).allSatisfy((record) -> assertThat(record.accounts()).hasSize(1));
		assertThat(PersonResolver.resolve(records)).hasSize(1);
	}

	@Test
	void aQuotedAccountIsNotJoinedToANamedHolderOfIt() {
		// a joint account has several holders: the letter names none of them
		List<PersonRecord> records = new ArrayList<>();
		records.addAll(records("Name,Account Number\nJane Doe,55667788\n", "a.csv", "text/csv"));
		records.addAll(records("Re: account no 55667788, balance enclosed.\n", "b.txt", "text/plain"));
		assertThat(records).hasSize(2);
		assertThat(PersonResolver.resolve(records)).hasSize(2);
	}

	@Test
	void aFreeTextSsnJoinsTheRecordHoldingIt() {
		List<PersonRecord> records = new ArrayList<>();
		records.addAll(records("name,ssn\nJane Roe,536-22-4417\n", "members.csv", "text/csv"));
		records.addAll(records("Re: member with SSN 536-22-4417, please confirm.\n", "letter.txt", "text/plain"));
		assertThat(PersonResolver.resolve(records)).singleElement()
			.satisfies((person) -> assertThat(person.links()).containsOnlyKeys(LinkReason.SSN));
	}

	@Test
	void sameSsnInSeveralRecordsIsOnePerson() {
		String csv = """
				Name,SSN,Amount
				Jane Doe,521-43-8765,10.00
				J. Doe,521-43-8765,12.00
				Jane Q. Doe,521438765,14.00
				John Smith,521-43-8766,9.00
				""";
		assertThat(persons(csv, "payments.csv", "text/csv")).isEqualTo(2);
	}

	@Test
	void sameAccountAndNameInNachaEntriesIsOnePerson() {
		assertThat(persons(NachaFixture.LF, "payroll.ach", "text/plain")).isEqualTo(2);
	}

	@Test
	void sameAccountUnderDifferentNamesIsNotJoined() {
		String csv = """
				Name,Account Number
				Jane Doe,55667788
				John Smith,55667788
				""";
		assertThat(persons(csv, "a.csv", "text/csv")).isEqualTo(2);
	}

	@Test
	void freeTextInUnclassifiedCsvColumnsIsTiedToItsRow() {
		String csv = """
				Name,SSN,Notes
				Jane Doe,521-43-8765,"new card 4526 0181 5908 3012, SSN 521-43-8765"
				""";
		assertThat(persons(csv, "a.csv", "text/csv")).isOne();
	}

	@Test
	void noPersonInPlainProseOrABranchList() {
		assertThat(persons("The quarterly meeting moved to room 204. Call extension 5521 with questions.", "memo.txt",
				"text/plain"))
			.isZero();
		assertThat(records("""
				branch,address,phone
				Main,"100 Main St, Austin, TX 78701",(512) 555-0100
				""", "branches.csv", "text/csv")).isEmpty();
	}

	private long persons(String text, String name, String mediaType) {
		return PersonResolver.resolve(records(text, name, mediaType)).size();
	}

	private List<PersonRecord> records(String text, String name, String mediaType) {
		return PersonRecords.of(this.classifier.classify(text, name, mediaType).findings());
	}

}
