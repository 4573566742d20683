package com.breachimpact.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.breachimpact.analysis.JdbcAttributionCandidateRepository;
import com.breachimpact.analysis.JdbcClientFindingRepository;
import com.breachimpact.analysis.JdbcItemAttributionRepository;
import com.breachimpact.analysis.JdbcSensitiveValueRepository;
import com.breachimpact.classification.SensitiveCategory;
import com.breachimpact.classification.Severity;
import com.breachimpact.classification.SeverityPolicy;
import com.breachimpact.institution.Client;
import com.breachimpact.institution.ClientRegistry;
import com.breachimpact.institution.EvidenceKind;
import com.breachimpact.institution.RegistryException;
import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.inventory.JdbcScanRunRepository;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review queue of a run: the (leaf, client) pairs an investigator should look at
 * before notification, most important first. A leaf is a file, or an archive member,
 * attachment or embedded document of one.
 * <ul>
 * <li>pairs with evidence under the threshold, not attributed
 * ({@value ReviewQueueEntry#UNDER_THRESHOLD}): one {@code added} decision attributes
 * one;</li>
 * <li>attributions scoring under the threshold plus a margin
 * ({@value ReviewQueueEntry#LOW_SCORE}), or decided by a name or alias only
 * ({@value ReviewQueueEntry#NAME_ONLY});</li>
 * <li>every attribution of a client whose severity is {@link Severity#REVIEW}
 * ({@value ReviewQueueEntry#CLIENT_SEVERITY_REVIEW});</li>
 * <li>files that failed extraction in a client's platform folder, by folder evidence or
 * by the registry's folders ({@value ReviewQueueEntry#FAILED_IN_CLIENT_FOLDER});</li>
 * <li>attributions whose decision went stale
 * ({@value ReviewQueueEntry#EVIDENCE_CHANGED}).</li>
 * </ul>
 * Attributions already confirmed, rejected or added (with unchanged evidence) are not
 * queued again. Order: attributions by name only first, then client severity (most severe
 * first), then score ascending (unattributed pairs as 0), then client, path and member.
 */
public class ReviewQueue {

	private final JdbcSensitiveValueRepository sensitiveValues;

	private final JdbcItemAttributionRepository attributions;

	private final JdbcAttributionCandidateRepository candidates;

	private final JdbcClientFindingRepository findings;

	private final JdbcInventoryItemRepository items;

	private final JdbcScanRunRepository runs;

	private final SeverityPolicy severityPolicy;

	private final double lowScoreBelow;

	/**
	 * A queue builder.
	 * @param jdbc the database, for the sensitive data of the attributed leaves
	 * @param attributions the attributions
	 * @param candidates the pairs under the threshold
	 * @param findings the evidence
	 * @param items the ledger, for the failed files
	 * @param runs the runs, for a run's case and registry
	 * @param severityPolicy the policy that gives clients their severity
	 * @param threshold the attribution threshold of the scan
	 * @param lowScoreMargin scores under {@code threshold + lowScoreMargin} are low
	 */
	public ReviewQueue(JdbcTemplate jdbc, JdbcItemAttributionRepository attributions,
			JdbcAttributionCandidateRepository candidates, JdbcClientFindingRepository findings,
			JdbcInventoryItemRepository items, JdbcScanRunRepository runs, SeverityPolicy severityPolicy,
			double threshold, double lowScoreMargin) {
		this.sensitiveValues = new JdbcSensitiveValueRepository(jdbc);
		this.attributions = attributions;
		this.candidates = candidates;
		this.findings = findings;
		this.items = items;
		this.runs = runs;
		this.severityPolicy = severityPolicy;
		this.lowScoreBelow = threshold + lowScoreMargin;
	}

	/**
	 * The queue of a run.
	 * @param runId the run
	 * @return the pairs to review, most important first
	 */
	public List<ReviewQueueEntry> of(long runId) {
		String caseName = this.runs.caseOf(runId).orElse("");
		ClientRegistry registry = registryOrNull(this.runs, runId);
		Map<String, Severity> severities = clientSeverities(runId);
		Map<String, Pair> pairs = new LinkedHashMap<>();
		this.attributions.forEachOfRun(runId, (row) -> {
			ReviewStatus status = ReviewStatus.fromCode(row.getString("review_status"));
			String kinds = row.getString("evidence_kinds");
			double score = row.getDouble("score");
			String clientId = row.getString("client_id");
			List<String> reasons = new ArrayList<>();
			if (nameOnly(kinds)) {
				reasons.add(ReviewQueueEntry.NAME_ONLY);
			}
			if (!ReviewApplier.MANUAL.equals(kinds) && score < this.lowScoreBelow) {
				reasons.add(ReviewQueueEntry.LOW_SCORE);
			}
			if (severities.getOrDefault(clientId, Severity.INFORMATIONAL) == Severity.REVIEW) {
				reasons.add(ReviewQueueEntry.CLIENT_SEVERITY_REVIEW);
			}
			if (status == ReviewStatus.STALE) {
				reasons.add(ReviewQueueEntry.EVIDENCE_CHANGED);
			}
			boolean decided = status == ReviewStatus.CONFIRMED || status == ReviewStatus.REJECTED
					|| status == ReviewStatus.ADDED;
			Pair pair = new Pair(row.getLong("item_id"), row.getString("location"), clientId, row.getString("rel_path"),
					row.getString("sha256"), score, kinds, status, decided, new LinkedHashSet<>(reasons));
			pairs.put(pair.key(), pair);
		});
		// pairs with evidence under the threshold: never dropped silently
		this.candidates.forEachOfRun(runId, (row) -> {
			Pair pair = new Pair(row.getLong("item_id"), row.getString("location"), row.getString("client_id"),
					row.getString("rel_path"), row.getString("sha256"), null, "", ReviewStatus.UNREVIEWED, false,
					new LinkedHashSet<>(List.of(ReviewQueueEntry.UNDER_THRESHOLD)));
			pairs.putIfAbsent(pair.key(), pair);
		});
		addFailedInClientFolders(runId, registry, pairs);
		List<ReviewQueueEntry> queue = new ArrayList<>();
		for (Pair pair : pairs.values()) {
			if (pair.decided || pair.reasons.isEmpty()) {
				continue;
			}
			String name = (registry != null) ? registry.find(pair.clientId).map(Client::legalName).orElse("") : "";
			queue.add(new ReviewQueueEntry(caseName, runId, pair.clientId, name,
					severities.getOrDefault(pair.clientId, Severity.INFORMATIONAL), pair.path, pair.location,
					pair.sha256, pair.score, (pair.kinds != null) ? pair.kinds : "",
					evidence(pair.itemId, pair.location, pair.clientId), List.copyOf(pair.reasons), pair.status));
		}
		queue.sort(
				Comparator.comparing((ReviewQueueEntry entry) -> !entry.reasons().contains(ReviewQueueEntry.NAME_ONLY))
					.thenComparing((ReviewQueueEntry entry) -> entry.clientSeverity().ordinal())
					.thenComparingDouble((entry) -> (entry.score() != null) ? entry.score() : 0)
					.thenComparing(ReviewQueueEntry::clientId)
					.thenComparing(ReviewQueueEntry::path)
					.thenComparing(ReviewQueueEntry::location));
		return queue;
	}

	/**
	 * The severity of every client with counted (not rejected) attributions in a run,
	 * from the sensitive data of its files.
	 * @param runId the run
	 * @return the severity per client id
	 */
	public Map<String, Severity> clientSeverities(long runId) {
		Map<String, Map<SensitiveCategory, Long>> counts = new HashMap<>();
		for (String clientId : this.attributions.countedClients(runId)) {
			counts.put(clientId, new EnumMap<>(SensitiveCategory.class));
		}
		this.sensitiveValues.occurrencesByClient(runId)
			.forEach((clientId, categories) -> counts
				.computeIfAbsent(clientId, (id) -> new EnumMap<>(SensitiveCategory.class))
				.putAll(categories));
		Map<String, Severity> severities = new HashMap<>();
		counts.forEach(
				(clientId, categories) -> severities.put(clientId, this.severityPolicy.decide(categories).severity()));
		return severities;
	}

	private void addFailedInClientFolders(long runId, ClientRegistry registry, Map<String, Pair> pairs) {
		Map<Long, String[]> failed = new LinkedHashMap<>();
		this.items.failedFiles(runId, (row) -> {
			failed.put(row.getLong("item_id"), new String[] { row.getString("rel_path"), row.getString("sha256") });
		});
		if (failed.isEmpty()) {
			return;
		}
		Map<Long, Set<String>> clients = new HashMap<>();
		this.findings.clientsOfFailedFiles(runId, EvidenceKind.SFTP_FOLDER.name(), (row) -> {
			clients.computeIfAbsent(row.getLong("item_id"), (id) -> new LinkedHashSet<>())
				.add(row.getString("client_id"));
		});
		if (registry != null) {
			failed.forEach((itemId, item) -> {
				for (Client client : registry.clients()) {
					for (String folder : client.sftpFolders()) {
						if (under(item[0], folder)) {
							clients.computeIfAbsent(itemId, (id) -> new LinkedHashSet<>()).add(client.clientId());
						}
					}
				}
			});
		}
		clients.forEach((itemId, ids) -> {
			String[] item = failed.get(itemId);
			for (String clientId : ids) {
				Pair pair = pairs.computeIfAbsent(itemId + "\n\n" + clientId, (key) -> new Pair(itemId, "", clientId,
						item[0], item[1], null, null, ReviewStatus.UNREVIEWED, false, new LinkedHashSet<>()));
				pair.reasons.add(ReviewQueueEntry.FAILED_IN_CLIENT_FOLDER);
			}
		});
	}

	private static boolean under(String path, String folder) {
		String prefix = folder.replaceAll("^/+|/+$", "");
		return !prefix.isEmpty() && (path.equals(prefix) || path.startsWith(prefix + "/"));
	}

	private static boolean nameOnly(String kinds) {
		if (kinds == null || kinds.isBlank() || ReviewApplier.MANUAL.equals(kinds)) {
			return false;
		}
		for (String kind : kinds.split(",")) {
			if (!kind.equals(EvidenceKind.NAME.name()) && !kind.equals(EvidenceKind.ALIAS.name())) {
				return false;
			}
		}
		return true;
	}

	private List<String> evidence(long itemId, String location, String clientId) {
		return this.findings.distinctEvidenceOfLeaf(itemId, location, clientId);
	}

	private static ClientRegistry registryOrNull(JdbcScanRunRepository runs, long runId) {
		try {
			return runs.registry(runId);
		}
		catch (RegistryException ex) {
			return null;
		}
	}

	private record Pair(long itemId, String location, String clientId, String path, String sha256, Double score,
			String kinds, ReviewStatus status, boolean decided, Set<String> reasons) {

		String key() {
			return this.itemId + "\n" + this.location + "\n" + this.clientId;
		}

	}

}
