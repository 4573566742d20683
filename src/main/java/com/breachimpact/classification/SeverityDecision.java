package com.breachimpact.classification;

import java.util.Set;

/**
 * The severity a {@link SeverityPolicy} gave a file, and why.
 *
 * @param severity the severity
 * @param rule the rule that fired, or the policy's fallback rule when none did
 * @param matchedCategories the categories found that the rule names
 */
public record SeverityDecision(Severity severity, SeverityRule rule, Set<SensitiveCategory> matchedCategories) {

	public SeverityDecision {
		matchedCategories = Set.copyOf(matchedCategories);
	}

}
