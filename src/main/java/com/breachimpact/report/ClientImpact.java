package com.breachimpact.report;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.breachimpact.classification.SensitiveCategory;
import com.breachimpact.classification.SeverityDecision;

/**
 * How badly one client is affected by a run: the model every report of the client is
 * written from.
 *
 * @param clientId the client
 * @param name the client's legal name
 * @param files files attributed to the client
 * @param evidenceKinds the kinds of evidence that attributed them
 * @param categories sensitive data per category, most occurrences first
 * @param persons distinct persons in the client's files (its attributed leaves, the
 * review's rejections left out), joined across files by SSN, card, account number with
 * name, or name with date of birth ({@code persons.PersonResolver}); reported as
 * {@code estimated_individuals}
 * @param severity the severity decision and the rule that fired
 * @param incompleteFiles files whose classification was cut short
 */
public record ClientImpact(String clientId, String name, long files, Set<String> evidenceKinds,
		List<CategoryStats> categories, long persons, SeverityDecision severity, long incompleteFiles) {

	/** Occurrences per category, as the severity policy takes them. */
	public Map<SensitiveCategory, Long> occurrences() {
		Map<SensitiveCategory, Long> occurrences = new java.util.EnumMap<>(SensitiveCategory.class);
		this.categories.forEach((stats) -> occurrences.put(stats.category(), stats.occurrences()));
		return occurrences;
	}

	/** The stats of one category, or {@code null} when none was found. */
	public CategoryStats category(SensitiveCategory category) {
		return this.categories.stream().filter((stats) -> stats.category() == category).findFirst().orElse(null);
	}

}
