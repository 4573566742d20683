package com.breachimpact.institution;

import java.util.List;

/**
 * What {@link InstitutionMatcher#match(CharSequence)} found in a text.
 *
 * @param evidence evidence for registered clients, in text order
 * @param unknown valid identifiers that no client has, each once, in order of first
 * occurrence
 * @param ambiguous mentions of names shared by several clients that the text around them
 * did not settle, in text order (see {@link NamesakeResolver})
 */
public record MatchResult(List<Evidence> evidence, List<UnknownIdentifier> unknown, List<AmbiguousMention> ambiguous) {

	public MatchResult {
		evidence = List.copyOf(evidence);
		unknown = List.copyOf(unknown);
		ambiguous = List.copyOf(ambiguous);
	}

	/**
	 * A result without ambiguous mentions.
	 * @param evidence evidence for registered clients, in text order
	 * @param unknown valid identifiers that no client has
	 */
	public MatchResult(List<Evidence> evidence, List<UnknownIdentifier> unknown) {
		this(evidence, unknown, List.of());
	}

}
