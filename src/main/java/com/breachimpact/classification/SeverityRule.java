package com.breachimpact.classification;

import java.util.Set;

/**
 * A rule of a {@link SeverityPolicy}: it fires when at least one category of
 * {@code anyOf} was found and every category of {@code allOf} was found too.
 *
 * @param name the rule's name, reported with the decision
 * @param anyOf categories of which one must be found; not empty
 * @param severity the severity the rule gives
 * @param allOf categories that must all be found as well; empty for none
 */
public record SeverityRule(String name, Set<SensitiveCategory> anyOf, Severity severity, Set<SensitiveCategory> allOf) {

	public SeverityRule {
		if (name == null || name.isBlank() || severity == null) {
			throw new IllegalArgumentException("A severity rule needs a name and a severity");
		}
		anyOf = Set.copyOf(anyOf);
		allOf = (allOf != null) ? Set.copyOf(allOf) : Set.of();
	}

	/**
	 * A rule that fires when any of the categories was found.
	 * @param name the rule's name
	 * @param anyOf categories of which one must be found
	 * @param severity the severity the rule gives
	 */
	public SeverityRule(String name, Set<SensitiveCategory> anyOf, Severity severity) {
		this(name, anyOf, severity, Set.of());
	}

	/**
	 * Whether the rule fires on the given categories.
	 * @param found the categories found (with at least one occurrence)
	 * @return whether one of {@code anyOf} and all of {@code allOf} are in it
	 */
	public boolean firesOn(Set<SensitiveCategory> found) {
		return this.anyOf.stream().anyMatch(found::contains) && found.containsAll(this.allOf);
	}

}
