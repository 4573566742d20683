package com.breachimpact.persons;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The times of an incident that start notification clocks; any may be unknown
 * ({@code null}).
 *
 * @param accessStart when the attacker's access began
 * @param accessEnd when it ended
 * @param detected when the incident was detected
 * @param clientNotified when the clients were told
 */
public record IncidentTimeline(Instant accessStart, Instant accessEnd, Instant detected, Instant clientNotified) {

	/** A timeline with no time known. */
	public static final IncidentTimeline UNKNOWN = new IncidentTimeline(null, null, null, null);

	/**
	 * The time a clock starts at.
	 * @param clock the clock
	 * @return the time, or {@code null} when the timeline does not give it
	 */
	public Instant start(Jurisdiction.Clock clock) {
		return switch (clock) {
			case DETECTED -> this.detected;
			case CLIENT_NOTIFIED -> this.clientNotified;
			case ACCESS_ENDED -> this.accessEnd;
		};
	}

	/**
	 * Read a time of the job definition: an ISO date-time with offset, a local date-time
	 * (read as UTC) or a date (its start, UTC).
	 * @param property the property, for the message
	 * @param value the value, or {@code null}
	 * @return the instant, or {@code null}
	 * @throws IllegalArgumentException naming the property
	 */
	static Instant parse(String property, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			try {
				return OffsetDateTime.parse(text).toInstant();
			}
			catch (DateTimeParseException ex) {
				return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
			}
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("breach-impact.notification." + property
					+ " is not an ISO date or date-time (2026-11-02 or 2026-11-02T09:30:00Z)", ex);
		}
	}

}
