package com.breachimpact.persons;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NotificationRulesFilesTests {

	@TempDir
	Path folder;

	@Test
	void shippedRulesAndJurisdictionsLoad() {
		CombinationRules rules = CombinationRules.load(null);
		Jurisdictions jurisdictions = Jurisdictions.load(null, rules);
		assertThat(rules.rules()).extracting(CombinationRule::id)
			.contains("name-ssn", "name-drivers-license", "name-financial-account", "online-credentials",
					"name-dob-only", "glba-sensitive");
		assertThat(rules.rules()).allSatisfy((rule) -> assertThat(rule.citation()).isNotBlank());
		// no lawyer reviewed the shipped files: every citation says so in the reports
		assertThat(rules.rules())
			.allSatisfy((rule) -> assertThat(rule.citation()).endsWith("(to be confirmed by counsel)"));
		assertThat(jurisdictions.jurisdictions())
			.allSatisfy((jurisdiction) -> assertThat(jurisdiction.citation()).endsWith("(to be confirmed by counsel)"));
		assertThat(jurisdictions.jurisdictions()).extracting(Jurisdiction::id)
			.contains("us-fl-ag", "us-tx-ag", "us-ca-ag", "ftc-safeguards", "nydfs-500-17", "gdpr-art-33");
		Jurisdiction florida = jurisdictions.jurisdictions().get(0);
		assertThat(florida.atLeast()).isEqualTo(500);
		assertThat(florida.deadline()).isEqualTo(Duration.ofDays(30));
		Jurisdiction california = jurisdictions.jurisdictions()
			.stream()
			.filter((j) -> j.id().equals("us-ca-ag"))
			.findFirst()
			.orElseThrow();
		assertThat(california.atLeast()).isEqualTo(501);
		assertThat(california.deadline()).isNull();
		assertThat(california.trigger()).contains("no fixed deadline");
	}

	@Test
	void aRuleMatchesOneElementOfEachGroupAndNoneExcluded() {
		CombinationRules rules = CombinationRules.load(null);
		CombinationRule financial = rules.find("name-financial-account");
		assertThat(financial.matches(Set.of(DataElement.NAME, DataElement.CARD, DataElement.ACCESS_CODE))).isTrue();
		assertThat(financial.matches(Set.of(DataElement.NAME, DataElement.CARD))).isFalse();
		CombinationRule dobOnly = rules.find("name-dob-only");
		assertThat(dobOnly.matches(Set.of(DataElement.NAME, DataElement.DOB, DataElement.ADDRESS))).isTrue();
		assertThat(dobOnly.matches(Set.of(DataElement.NAME, DataElement.DOB, DataElement.SSN))).isFalse();
	}

	@Test
	void anUnknownElementIsReportedWithItsLine() throws IOException {
		Path file = write("rules.yml", """
				rules:
				  - id: name-ssn
				    citation: x
				    requires: [name, ssn]
				  - id: bad
				    citation: y
				    requires:
				      - name
				      - passport
				""");
		assertThatExceptionOfType(RulesFileException.class).isThrownBy(() -> CombinationRules.load(file))
			.withMessageContaining(file.toString())
			.withMessageContaining("line 9")
			.withMessageContaining("passport")
			.satisfies((ex) -> assertThat(ex.getLine()).isEqualTo(9));
	}

	@Test
	void brokenYamlIsReportedWithItsLine() throws IOException {
		Path file = write("rules.yml", """
				rules:
				  - id: name-ssn
				    citation: "unclosed
				    requires: [name, ssn]
				""");
		assertThatExceptionOfType(RulesFileException.class).isThrownBy(() -> CombinationRules.load(file))
			.withMessageContaining("not valid YAML")
			.satisfies((ex) -> assertThat(ex.getLine()).isBetween(3, 5));
	}

	@Test
	void aBadThresholdIsReportedWithItsLine() throws IOException {
		Path file = write("j.yml", """
				jurisdictions:
				  - id: x
				    authority: A
				    residents: US-FL
				    threshold: about 500
				    trigger: t
				    deadline: 30 days
				    clock: detected
				    citation: c
				""");
		assertThatExceptionOfType(RulesFileException.class)
			.isThrownBy(() -> Jurisdictions.load(file, CombinationRules.load(null)))
			.withMessageContaining("line 5")
			.withMessageContaining("threshold");
	}

	@Test
	void deadlinesComeFromTheTimelineAndThresholdsAreCounted() {
		CombinationRules rules = CombinationRules.load(null);
		Jurisdictions jurisdictions = Jurisdictions.load(null, rules);
		Instant told = Instant.parse("2026-11-02T09:00:00Z");
		ObligationCalculator calculator = new ObligationCalculator(rules, jurisdictions,
				new IncidentTimeline(null, null, Instant.parse("2026-10-30T00:00:00Z"), told));
		List<Person> persons = new java.util.ArrayList<>();
		for (int i = 0; i < 250; i++) {
			persons
				.add(new Person(1, java.util.Map.of(), Set.of(DataElement.NAME, DataElement.SSN), "US-TX", 1, false));
		}
		persons.add(new Person(1, java.util.Map.of(), Set.of(DataElement.NAME, DataElement.DOB), "US-TX", 1, false));
		persons.add(new Person(1, java.util.Map.of(), Set.of(DataElement.NAME, DataElement.SSN), "unknown", 1, false));
		ClientObligations obligations = calculator.ofPersons(persons);
		assertThat(obligations.persons()).isEqualTo(252);
		assertThat(obligations.notifiable()).isEqualTo(251);
		assertThat(obligations.unknownResidency()).isEqualTo(1);
		ClientObligations.Obligation texas = obligations.obligations()
			.stream()
			.filter((o) -> o.jurisdiction().id().equals("us-tx-ag"))
			.findFirst()
			.orElseThrow();
		assertThat(texas.persons()).isEqualTo(250);
		assertThat(texas.met()).isTrue();
		assertThat(texas.deadline()).isEqualTo(told.plus(Duration.ofDays(30)));
		ClientObligations.Obligation florida = obligations.obligations().get(0);
		assertThat(florida.met()).isFalse();
		assertThat(obligations.earliestDeadline()).isEqualTo(told.plus(Duration.ofHours(72)));
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(this.folder.resolve(name), text);
	}

}
