package com.breachimpact.persons;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.breachimpact.classification.PostalAddress;

/**
 * Computes a client's {@link ClientObligations} from its person records: resolves the
 * persons, classifies each by the combinations of the rules, counts them per residence,
 * and checks each jurisdiction's threshold and deadline against the incident timeline.
 */
public final class ObligationCalculator {

	private final CombinationRules rules;

	private final Jurisdictions jurisdictions;

	private final IncidentTimeline timeline;

	/**
	 * A calculator.
	 * @param rules the combination rules
	 * @param jurisdictions the jurisdictions
	 * @param timeline the incident timeline
	 */
	public ObligationCalculator(CombinationRules rules, Jurisdictions jurisdictions, IncidentTimeline timeline) {
		this.rules = rules;
		this.jurisdictions = jurisdictions;
		this.timeline = timeline;
	}

	/**
	 * A calculator with the shipped rules and jurisdictions and no incident timeline.
	 * @return the calculator
	 */
	public static ObligationCalculator shipped() {
		CombinationRules rules = CombinationRules.load(null);
		return new ObligationCalculator(rules, Jurisdictions.load(null, rules), IncidentTimeline.UNKNOWN);
	}

	/**
	 * The obligations of a client.
	 * @param records the client's person records
	 * @return its obligations
	 */
	public ClientObligations of(List<PersonRecord> records) {
		return ofPersons(PersonResolver.resolve(records));
	}

	/**
	 * The obligations of resolved persons.
	 * @param persons the persons
	 * @return the obligations
	 */
	public ClientObligations ofPersons(List<Person> persons) {
		List<CombinationRule> all = this.rules.rules();
		long[] perRule = new long[all.size()];
		long notifiable = 0;
		long review = 0;
		long unknown = 0;
		Map<String, long[]> residences = new TreeMap<>();
		Map<String, Map<String, Long>> residenceRules = new HashMap<>();
		long[] perJurisdiction = new long[this.jurisdictions.jurisdictions().size()];
		for (Person person : persons) {
			List<String> matched = new ArrayList<>();
			boolean isNotifiable = false;
			for (int i = 0; i < all.size(); i++) {
				if (all.get(i).matches(person.elements())) {
					perRule[i]++;
					matched.add(all.get(i).id());
					isNotifiable |= all.get(i).notifiable();
				}
			}
			long[] residence = residences.computeIfAbsent(person.residence(), (key) -> new long[2]);
			residence[0]++;
			if (person.needsReview()) {
				review++;
			}
			if (!isNotifiable) {
				continue;
			}
			notifiable++;
			residence[1]++;
			for (String rule : matched) {
				residenceRules.computeIfAbsent(person.residence(), (key) -> new LinkedHashMap<>())
					.merge(rule, 1L, Long::sum);
			}
			if (person.residence().equals(PostalAddress.UNKNOWN)) {
				unknown++;
			}
			for (int j = 0; j < perJurisdiction.length; j++) {
				Jurisdiction jurisdiction = this.jurisdictions.jurisdictions().get(j);
				if (jurisdiction.covers(person.residence()) && counts(jurisdiction, matched)) {
					perJurisdiction[j]++;
				}
			}
		}
		List<ClientObligations.CombinationCount> combinations = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			combinations.add(new ClientObligations.CombinationCount(all.get(i), perRule[i]));
		}
		List<ClientObligations.ResidenceCount> byResidence = new ArrayList<>();
		residences.forEach((code,
				counts) -> byResidence.add(new ClientObligations.ResidenceCount(code,
						code.equals(PostalAddress.UNKNOWN) ? "unknown" : PostalAddress.displayName(code), counts[0],
						counts[1], residenceRules.getOrDefault(code, Map.of()))));
		byResidence.sort(Comparator.comparingLong(ClientObligations.ResidenceCount::persons)
			.reversed()
			.thenComparing(ClientObligations.ResidenceCount::residence));
		List<ClientObligations.Obligation> obligations = new ArrayList<>();
		for (int j = 0; j < perJurisdiction.length; j++) {
			Jurisdiction jurisdiction = this.jurisdictions.jurisdictions().get(j);
			Instant start = this.timeline.start(jurisdiction.clock());
			Instant deadline = (start != null && jurisdiction.deadline() != null) ? start.plus(jurisdiction.deadline())
					: null;
			obligations.add(new ClientObligations.Obligation(jurisdiction, perJurisdiction[j],
					perJurisdiction[j] >= jurisdiction.atLeast(), start, deadline));
		}
		return new ClientObligations(persons.size(), notifiable, review, combinations, byResidence, unknown,
				obligations);
	}

	private boolean counts(Jurisdiction jurisdiction, List<String> matched) {
		if (jurisdiction.rules().isEmpty()) {
			return matched.stream().anyMatch((id) -> this.rules.find(id).notifiable());
		}
		return matched.stream().anyMatch(Set.copyOf(jurisdiction.rules())::contains);
	}

}
