package com.breachimpact.institution;

import java.util.EnumMap;
import java.util.Map;

/**
 * How evidence adds up to attributing an item to a client: the score a client must reach,
 * and weights that replace the score of evidence of some kinds.
 *
 * @param threshold the score at or above which an item is attributed
 * @param weights per kind, the score to use instead of the evidence's own score; kinds
 * not in the map keep the evidence's score
 */
public record AttributionPolicy(double threshold, Map<EvidenceKind, Double> weights) {

	/**
	 * The default threshold: any one piece of evidence at its default weight (an
	 * identifier, folder, e-mail domain, or a name or alias used as a name of one
	 * client).
	 */
	public static final double DEFAULT_THRESHOLD = 1.0;

	public AttributionPolicy {
		if (!(threshold > 0) || Double.isInfinite(threshold)) {
			throw new IllegalArgumentException("The threshold must be a positive number");
		}
		for (Map.Entry<EvidenceKind, Double> weight : weights.entrySet()) {
			if (weight.getValue() == null || weight.getValue() < 0 || weight.getValue().isNaN()) {
				throw new IllegalArgumentException(
						"The weight of " + weight.getKey() + " must be a non-negative number");
			}
		}
		weights = Map.copyOf(weights);
	}

	/**
	 * The default policy: threshold 1.0, every evidence scored as it comes (by default
	 * the {@linkplain EvidenceKind#defaultWeight() weight of its kind}).
	 * @return the default policy
	 */
	public static AttributionPolicy defaults() {
		return new AttributionPolicy(DEFAULT_THRESHOLD, Map.of());
	}

	/**
	 * The default weights of all kinds, as a starting point for a custom policy.
	 * @return a modifiable map of every kind to its default weight
	 */
	public static Map<EvidenceKind, Double> defaultWeights() {
		Map<EvidenceKind, Double> weights = new EnumMap<>(EvidenceKind.class);
		for (EvidenceKind kind : EvidenceKind.values()) {
			weights.put(kind, kind.defaultWeight());
		}
		return weights;
	}

	/**
	 * The default weights with some replaced, as a job definition sets them.
	 * @param threshold the score at or above which an item is attributed
	 * @param overrides per kind, the weight to use instead of the default
	 * @return the policy
	 */
	public static AttributionPolicy of(double threshold, Map<EvidenceKind, Double> overrides) {
		Map<EvidenceKind, Double> weights = defaultWeights();
		weights.putAll(overrides);
		return new AttributionPolicy(threshold, weights);
	}

	/**
	 * The score a piece of evidence brings under this policy.
	 * @param evidence the evidence
	 * @return the policy's weight for its kind, or its own score
	 */
	public double scoreOf(Evidence evidence) {
		Double weight = this.weights.get(evidence.kind());
		return (weight != null) ? weight : evidence.score();
	}

}
