package com.breachimpact.institution;

import java.util.List;

/**
 * What {@link InstitutionMatcher#match(CharSequence)} found in a text.
 *
 * @param evidence evidence for registered clients, in text order
 * @param unknown valid identifiers that no client has, each once, in order of
 * first occurrence
 */
public record MatchResult(List<Evidence> evidence, List<UnknownIdentifier> unknown) {

	public MatchResult {
		evidence = List.copyOf(evidence);
		unknown = List.copyOf(unknown);
	}

}
