package com.breachimpact.persons;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * One notification obligation: who must be told, for which persons, from how many on, and
 * by when.
 *
 * @param id short id
 * @param authority who is notified (a state attorney general, a regulator)
 * @param residents whose persons count: {@code US-XX} codes, country codes, {@code US}
 * (every US state), {@code EU} (the EU and EEA) or {@code any}
 * @param rules the combinations that make a person count; empty for every notifiable
 * combination
 * @param atLeast the smallest count that triggers the obligation
 * @param threshold the threshold as written ({@code >= 500})
 * @param trigger the trigger in words
 * @param deadline the time allowed, or {@code null} when the law sets none
 * @param clock what starts the clock
 * @param citation where the law says so
 */
public record Jurisdiction(String id, String authority, Set<String> residents, List<String> rules, long atLeast,
		String threshold, String trigger, Duration deadline, Clock clock, String citation) {

	private static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
			"HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

	/**
	 * Whether a person of a residence counts for this obligation.
	 * @param residence {@code US-TX}, {@code DE} or {@code unknown}
	 * @return whether it counts
	 */
	public boolean covers(String residence) {
		for (String scope : this.residents) {
			boolean covered = switch (scope) {
				case "any" -> true;
				case "US" -> residence.startsWith("US-") || residence.equals("US");
				case "EU" -> EU.contains(residence);
				default -> scope.equals(residence);
			};
			if (covered) {
				return true;
			}
		}
		return false;
	}

	/** What starts an obligation's clock. */
	public enum Clock {

		/** The time the incident was detected (discovered). */
		DETECTED("detected"),

		/** The time the client was told of the incident. */
		CLIENT_NOTIFIED("client-notified"),

		/** The end of the attacker's access. */
		ACCESS_ENDED("access-ended");

		private final String code;

		Clock(String code) {
			this.code = code;
		}

		/**
		 * The clock as the jurisdictions file spells it.
		 * @return such as {@code client-notified}
		 */
		public String code() {
			return this.code;
		}

	}

}
