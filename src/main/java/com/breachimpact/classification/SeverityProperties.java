package com.breachimpact.classification;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules that decide, per client, whether to notify: the first rule whose categories
 * were found in the client's files decides.
 *
 * @param rules the rules in order; empty for the defaults of
 * {@link SeverityPolicy#defaultRules()} (SSN, card, account with routing, credentials:
 * notify; contact data, other personal data: review)
 */
@ConfigurationProperties(prefix = "breach-impact.severity", ignoreUnknownFields = false)
public record SeverityProperties(@DefaultValue List<Rule> rules) {

	/**
	 * The policy these properties describe.
	 * @return the policy
	 */
	public SeverityPolicy policy() {
		if (this.rules.isEmpty()) {
			return SeverityPolicy.defaults();
		}
		return new SeverityPolicy(this.rules.stream()
			.map((rule) -> new SeverityRule(rule.name(), rule.anyOf(), rule.severity(), rule.allOf()))
			.toList());
	}

	/**
	 * One rule.
	 *
	 * @param name the rule's name, shown in reports as the reason for the severity
	 * @param anyOf the rule fires when any of these categories was found...
	 * @param allOf ...and all of these too (may be empty)
	 * @param severity the severity the rule gives
	 */
	public record Rule(String name, Set<SensitiveCategory> anyOf, @DefaultValue Set<SensitiveCategory> allOf,
			Severity severity) {
	}

}
