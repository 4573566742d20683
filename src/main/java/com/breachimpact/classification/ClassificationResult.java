package com.breachimpact.classification;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link SensitiveDataClassifier} found in one text.
 *
 * @param format the structure the text was read as
 * @param findings the findings, in the order found (at most the classifier's retention
 * limit; counts cover all findings)
 * @param findingsOmitted how many findings were counted but not retained
 * @param counts per category, only categories found
 * @param structuredRecords the number of structured records read (NACHA records of all
 * types, or CSV data rows); 0 for free text
 * @param truncated whether the text was cut short before classification
 */
public record ClassificationResult(StructuredFormat format, List<SensitiveFinding> findings, long findingsOmitted,
		Map<SensitiveCategory, CategoryCount> counts, long structuredRecords, boolean truncated) {

	public ClassificationResult {
		findings = List.copyOf(findings);
		Map<SensitiveCategory, CategoryCount> copy = new EnumMap<>(SensitiveCategory.class);
		copy.putAll(counts);
		counts = Collections.unmodifiableMap(copy);
	}

	/**
	 * The number of findings per category, as {@link SeverityPolicy#decide(Map)} takes
	 * them.
	 * @return occurrences per category found
	 */
	public Map<SensitiveCategory, Long> occurrences() {
		Map<SensitiveCategory, Long> occurrences = new EnumMap<>(SensitiveCategory.class);
		this.counts.forEach((category, count) -> occurrences.put(category, count.occurrences()));
		return occurrences;
	}

	/**
	 * Whether anything was found.
	 * @return whether there is at least one finding
	 */
	public boolean hasFindings() {
		return !this.counts.isEmpty();
	}

}
