package com.breachimpact.persons;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The notification picture of one client: its persons, what was exposed together, where
 * they live, and the obligations they trigger. Counts only.
 *
 * @param persons the individuals found
 * @param notifiable those matching at least one notifiable combination
 * @param needsReview those with a refused link (different SSNs) to settle
 * @param combinations persons per combination rule, in rule order
 * @param residences persons and notifiable persons per residence ({@code US-TX},
 * {@code DE}, {@code unknown}), most first
 * @param unknownResidency notifiable persons whose residence is unknown
 * @param obligations one per jurisdiction, in file order
 */
public record ClientObligations(long persons, long notifiable, long needsReview, List<CombinationCount> combinations,
		List<ResidenceCount> residences, long unknownResidency, List<Obligation> obligations) {

	/**
	 * The earliest deadline of the obligations whose threshold is met.
	 * @return the deadline, or {@code null} when none is met or none has a date
	 */
	public Instant earliestDeadline() {
		return this.obligations.stream()
			.filter(Obligation::met)
			.map(Obligation::deadline)
			.filter(java.util.Objects::nonNull)
			.min(Instant::compareTo)
			.orElse(null);
	}

	/**
	 * Persons per combination.
	 *
	 * @param rule the rule
	 * @param persons how many persons match it
	 */
	public record CombinationCount(CombinationRule rule, long persons) {

	}

	/**
	 * Persons of one residence.
	 *
	 * @param residence {@code US-TX}, {@code DE} or {@code unknown}
	 * @param name its English name
	 * @param persons the persons living there
	 * @param notifiable the notifiable ones
	 * @param perRule notifiable persons there per rule id
	 */
	public record ResidenceCount(String residence, String name, long persons, long notifiable,
			Map<String, Long> perRule) {

	}

	/**
	 * One jurisdiction's obligation for the client.
	 *
	 * @param jurisdiction the jurisdiction
	 * @param persons the client's persons that count for it
	 * @param met whether the threshold is met
	 * @param clockStart when its clock started, or {@code null} when the timeline does
	 * not give it
	 * @param deadline the deadline, or {@code null} (no fixed time, or clock unknown)
	 */
	public record Obligation(Jurisdiction jurisdiction, long persons, boolean met, Instant clockStart,
			Instant deadline) {

	}

}
