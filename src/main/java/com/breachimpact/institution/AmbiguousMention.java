package com.breachimpact.institution;

import java.util.List;

/**
 * A mention of a name that several clients share (namesakes), with nothing near it that
 * tells which one is meant: evidence for none of them until {@link NamesakeResolver}
 * finds an identifier, folder or e-mail domain of exactly one of them in the same file.
 *
 * @param name the mentioned name in normal form (see {@link NameNormalizer})
 * @param candidates the namesakes, in registry order (at least two)
 * @param offset character offset of the mention in the text
 * @param line 1-based line of the mention
 * @param nearContext why the text around the mention did not settle it
 */
public record AmbiguousMention(String name, List<NameCandidate> candidates, long offset, int line, String nearContext) {

	public AmbiguousMention {
		candidates = List.copyOf(candidates);
	}

	/**
	 * The ids of the namesakes.
	 * @return the client ids, in registry order
	 */
	public List<String> candidateIds() {
		return this.candidates.stream().map(NameCandidate::clientId).toList();
	}

}
