package com.breachimpact.institution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which clients an item (a file) is attributed to from its evidence.
 * <p>
 * A client's score is the sum, over evidence kinds, of the best score of the client's
 * evidence of that kind, so that repeating a name fifty times adds nothing to mentioning
 * it once; {@link EvidenceKind#NAME} and {@link EvidenceKind#ALIAS} form one group worth
 * the best of the two. The item is attributed to every client whose score reaches the
 * policy's threshold.
 */
public final class Attribution {

	private Attribution() {
	}

	/**
	 * The clients an item is attributed to under the default policy.
	 * @param evidence all evidence of the item (text and path)
	 * @return the attributed clients, best score first (then by client id)
	 */
	public static List<ClientAttribution> attribute(List<Evidence> evidence) {
		return attribute(evidence, AttributionPolicy.defaults());
	}

	/**
	 * The clients an item is attributed to.
	 * @param evidence all evidence of the item (text and path)
	 * @param policy the threshold and weights
	 * @return the attributed clients, best score first (then by client id)
	 */
	public static List<ClientAttribution> attribute(List<Evidence> evidence, AttributionPolicy policy) {
		return score(evidence, policy).stream().filter(ClientAttribution::attributed).toList();
	}

	/**
	 * The score of every client with evidence, attributed or not.
	 * @param evidence all evidence of the item
	 * @param policy the threshold and weights
	 * @return one entry per client with evidence, best score first (then by id)
	 */
	public static List<ClientAttribution> score(List<Evidence> evidence, AttributionPolicy policy) {
		Map<String, Map<EvidenceKind, Double>> best = new LinkedHashMap<>();
		for (Evidence item : evidence) {
			double score = policy.scoreOf(item);
			if (!(score > 0)) {
				continue;
			}
			Map<EvidenceKind, Double> kinds = best.computeIfAbsent(item.clientId(),
					(id) -> new EnumMap<>(EvidenceKind.class));
			kinds.merge(item.kind(), score, Math::max);
		}
		List<ClientAttribution> result = new ArrayList<>();
		for (Map.Entry<String, Map<EvidenceKind, Double>> client : best.entrySet()) {
			Map<EvidenceKind, Double> kinds = client.getValue();
			Set<EvidenceKind> deciding = EnumSet.noneOf(EvidenceKind.class);
			double total = 0;
			double name = kinds.getOrDefault(EvidenceKind.NAME, 0.0);
			double alias = kinds.getOrDefault(EvidenceKind.ALIAS, 0.0);
			if (name > 0 || alias > 0) {
				total += Math.max(name, alias);
				deciding.add((name >= alias) ? EvidenceKind.NAME : EvidenceKind.ALIAS);
			}
			for (Map.Entry<EvidenceKind, Double> kind : kinds.entrySet()) {
				if (kind.getKey().isStrong()) {
					total += kind.getValue();
					deciding.add(kind.getKey());
				}
			}
			result.add(new ClientAttribution(client.getKey(), total, deciding, total >= policy.threshold()));
		}
		result.sort(Comparator.comparingDouble(ClientAttribution::score)
			.reversed()
			.thenComparing(ClientAttribution::clientId));
		return result;
	}

	/**
	 * The score of one client for one item.
	 *
	 * @param clientId the client
	 * @param score the sum of the best score per kind (names and aliases as one)
	 * @param decidingKinds the kinds that made up the score (of names and aliases, the
	 * better one)
	 * @param attributed whether the score reaches the threshold
	 */
	public record ClientAttribution(String clientId, double score, Set<EvidenceKind> decidingKinds,
			boolean attributed) {

		public ClientAttribution {
			decidingKinds = Set.copyOf(decidingKinds);
		}

		/**
		 * Whether only a legal name or alias made up the score: no identifier, folder or
		 * e-mail domain of the client was found.
		 * @return whether the client was scored on names only
		 */
		public boolean nameOnly() {
			return !this.decidingKinds.isEmpty() && this.decidingKinds.stream().allMatch(EvidenceKind::isName);
		}

	}

}
