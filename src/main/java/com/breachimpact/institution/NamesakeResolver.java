package com.breachimpact.institution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Settles the ambiguous name mentions of one item with the rest of its evidence: a
 * mention of a name shared by several clients becomes evidence for one of them when the
 * item holds strong evidence (an identifier, folder or e-mail domain, see
 * {@link EvidenceKind#isStrong()}) of exactly that one of the namesakes. The new evidence
 * names what decided, such as {@code First State Bank (routing *****6789)}. The other
 * mentions stay ambiguous: evidence for none of the namesakes, recorded as
 * {@link AmbiguousCandidate}s.
 */
public final class NamesakeResolver {

	private NamesakeResolver() {
	}

	/**
	 * Settle the ambiguous mentions found in one member of an item.
	 * @param itemEvidence all evidence of the item so far (path and every member); only
	 * strong evidence is looked at
	 * @param location the member the mentions were found in ({@code ""} for the item
	 * itself)
	 * @param mentions the member's ambiguous mentions
	 * @return the evidence of the settled mentions, in mention order, and the unsettled
	 * mentions grouped per name and namesakes
	 */
	public static Resolution resolve(List<Evidence> itemEvidence, String location, List<AmbiguousMention> mentions) {
		if (mentions.isEmpty()) {
			return new Resolution(List.of(), List.of());
		}
		Map<String, Evidence> strong = new LinkedHashMap<>();
		for (Evidence evidence : itemEvidence) {
			if (evidence.kind().isStrong()) {
				strong.putIfAbsent(evidence.clientId(), evidence);
			}
		}
		List<Evidence> settled = new ArrayList<>();
		Map<String, AmbiguousCandidate> unsettled = new LinkedHashMap<>();
		for (AmbiguousMention mention : mentions) {
			List<NameCandidate> deciding = new ArrayList<>();
			for (NameCandidate candidate : mention.candidates()) {
				if (strong.containsKey(candidate.clientId())) {
					deciding.add(candidate);
				}
			}
			if (deciding.size() == 1) {
				NameCandidate candidate = deciding.get(0);
				Evidence decider = strong.get(candidate.clientId());
				settled.add(new Evidence(candidate.clientId(), candidate.kind(),
						candidate.spelling() + " (" + label(decider.kind()) + " " + decider.maskedValue() + ")",
						mention.offset(), mention.line(), candidate.kind().defaultWeight()));
				continue;
			}
			List<String> ids = new ArrayList<>(new TreeSet<>(mention.candidateIds()));
			String context = mention.nearContext() + "; " + (deciding.isEmpty()
					? "no identifier, folder or e-mail domain of one of them in the file"
					: "identifiers of several of them in the file ("
							+ String.join(", ", deciding.stream().map(NameCandidate::clientId).sorted().toList())
							+ ")");
			unsettled.merge(mention.name() + '\u0000' + ids,
					new AmbiguousCandidate(location, mention.name(), ids, mention.line(), 1, context),
					(first, next) -> new AmbiguousCandidate(first.location(), first.name(), first.candidateIds(),
							first.line(), first.occurrences() + 1, first.context()));
		}
		return new Resolution(settled, new ArrayList<>(unsettled.values()));
	}

	private static String label(EvidenceKind kind) {
		return switch (kind) {
			case ABA_ROUTING -> "routing";
			case EMAIL_DOMAIN -> "e-mail";
			case SFTP_FOLDER -> "folder";
			case FOLDER_REFERENCE -> "folder reference";
			default -> kind.name();
		};
	}

	/**
	 * What settling the ambiguous mentions of a member gave.
	 *
	 * @param evidence name evidence for the one namesake each settled mention stands for
	 * @param ambiguous the unsettled mentions, one entry per name and namesakes
	 */
	public record Resolution(List<Evidence> evidence, List<AmbiguousCandidate> ambiguous) {

		public Resolution {
			evidence = List.copyOf(evidence);
			ambiguous = List.copyOf(ambiguous);
		}

	}

}
