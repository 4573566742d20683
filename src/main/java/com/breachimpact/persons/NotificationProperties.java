package com.breachimpact.persons;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The notification rules of a case and its incident timeline, as the job definition sets
 * them.
 *
 * @param rules the case's combination rules file (default: the shipped
 * {@code combination-rules.yml})
 * @param jurisdictions the case's jurisdictions file (default: the shipped
 * {@code jurisdictions.yml})
 * @param accessStart when the attacker's access began (ISO date or date-time)
 * @param accessEnd when the attacker's access ended (ISO date or date-time)
 * @param detected when the incident was detected (ISO date or date-time)
 * @param clientNotified when the clients were told of it (ISO date or date-time)
 */
@ConfigurationProperties("breach-impact.notification")
public record NotificationProperties(Path rules, Path jurisdictions, String accessStart, String accessEnd,
		String detected, String clientNotified) {

	/**
	 * The incident timeline these properties give.
	 * @return the timeline
	 * @throws IllegalArgumentException naming the property that is no date
	 */
	public IncidentTimeline timeline() {
		return new IncidentTimeline(IncidentTimeline.parse("access-start", this.accessStart),
				IncidentTimeline.parse("access-end", this.accessEnd), IncidentTimeline.parse("detected", this.detected),
				IncidentTimeline.parse("client-notified", this.clientNotified));
	}

}
