package com.breachimpact.classification;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides the severity of a file from the number of findings per category, by an ordered
 * list of {@link SeverityRule}s: the most severe rule that fires wins, the earlier one on
 * a tie; when none fires, the fallback rule ({@value #FALLBACK_RULE_NAME},
 * {@link Severity#INFORMATIONAL}) is reported. Immutable and thread-safe.
 */
public final class SeverityPolicy {

	/** The name of the rule reported when no rule fires. */
	public static final String FALLBACK_RULE_NAME = "no-rule-fired";

	private static final SeverityRule FALLBACK = new SeverityRule(FALLBACK_RULE_NAME, Set.of(), Severity.INFORMATIONAL);

	private final List<SeverityRule> rules;

	/**
	 * A policy of the given rules.
	 * @param rules the rules, in priority order for equal severities
	 */
	public SeverityPolicy(List<SeverityRule> rules) {
		this.rules = List.copyOf(rules);
	}

	/**
	 * The default policy. NOTIFY: an SSN ({@code ssn}); a card number or track data
	 * ({@code payment-card}); a bank account number with a routing number
	 * ({@code bank-account-with-routing}, as NACHA entries and CSV files with a routing
	 * column have); a credential, private key or API token ({@code credentials}). REVIEW:
	 * names, e-mail addresses or phone numbers ({@code contact-data}); bank accounts
	 * without routing or dates of birth ({@code other-personal-data}). INFORMATIONAL
	 * otherwise.
	 * @return the default policy
	 */
	public static SeverityPolicy defaults() {
		return new SeverityPolicy(defaultRules());
	}

	/**
	 * The rules of {@link #defaults()}.
	 * @return the default rules, in order
	 */
	public static List<SeverityRule> defaultRules() {
		return List.of(new SeverityRule("ssn", EnumSet.of(SensitiveCategory.SSN), Severity.NOTIFY),
				new SeverityRule("payment-card",
						EnumSet.of(SensitiveCategory.PAYMENT_CARD, SensitiveCategory.TRACK_DATA), Severity.NOTIFY),
				new SeverityRule("bank-account-with-routing", EnumSet.of(SensitiveCategory.BANK_ACCOUNT),
						Severity.NOTIFY, EnumSet.of(SensitiveCategory.ROUTING_NUMBER)),
				new SeverityRule("credentials",
						EnumSet.of(SensitiveCategory.CREDENTIAL, SensitiveCategory.PRIVATE_KEY,
								SensitiveCategory.API_TOKEN),
						Severity.NOTIFY),
				new SeverityRule("contact-data",
						EnumSet.of(SensitiveCategory.PERSON_NAME, SensitiveCategory.EMAIL_ADDRESS,
								SensitiveCategory.PHONE_NUMBER),
						Severity.REVIEW),
				new SeverityRule("other-personal-data",
						EnumSet.of(SensitiveCategory.BANK_ACCOUNT, SensitiveCategory.DATE_OF_BIRTH), Severity.REVIEW));
	}

	/**
	 * The rules of this policy.
	 * @return the rules, in order
	 */
	public List<SeverityRule> rules() {
		return this.rules;
	}

	/**
	 * Decide the severity of a file.
	 * @param counts findings per category; categories with no entry or a count under 1
	 * count as not found
	 * @return the severity and the rule that gave it
	 */
	public SeverityDecision decide(Map<SensitiveCategory, Long> counts) {
		Set<SensitiveCategory> found = EnumSet.noneOf(SensitiveCategory.class);
		counts.forEach((category, count) -> {
			if (category != null && count != null && count > 0) {
				found.add(category);
			}
		});
		SeverityRule fired = null;
		for (SeverityRule rule : this.rules) {
			if (rule.firesOn(found) && (fired == null || rule.severity().isMoreSevereThan(fired.severity()))) {
				fired = rule;
			}
		}
		if (fired == null) {
			return new SeverityDecision(FALLBACK.severity(), FALLBACK, Set.of());
		}
		Set<SensitiveCategory> matched = EnumSet.noneOf(SensitiveCategory.class);
		for (SensitiveCategory category : found) {
			if (fired.anyOf().contains(category) || fired.allOf().contains(category)) {
				matched.add(category);
			}
		}
		return new SeverityDecision(fired.severity(), fired, matched);
	}

}
