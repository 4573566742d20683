package com.breachimpact.persons;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The case's notification rules: the combination rules and jurisdictions files (shipped,
 * or the job definition's) and the incident timeline, read once at startup so that a
 * malformed file stops the command before any work (exit 2, naming the line).
 */
@Configuration(proxyBeanMethods = false)
public class NotificationConfiguration {

	/**
	 * Computes each client's individuals and notification obligations.
	 * @param properties the job definition's notification settings
	 * @return the calculator
	 * @throws RulesFileException naming the file and line at fault
	 */
	@Bean
	public ObligationCalculator obligationCalculator(NotificationProperties properties) {
		CombinationRules rules = CombinationRules.load(properties.rules());
		Jurisdictions jurisdictions = Jurisdictions.load(properties.jurisdictions(), rules);
		IncidentTimeline timeline;
		try {
			timeline = properties.timeline();
		}
		catch (IllegalArgumentException ex) {
			throw new RulesFileException("job definition", 0, ex.getMessage(), ex);
		}
		return new ObligationCalculator(rules, jurisdictions, timeline);
	}

}
