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

import com.breachimpact.analysis.JdbcSensitiveValueRepository;
import com.breachimpact.analysis.ReviewFilters;
import com.breachimpact.classification.SensitiveCategory;
import com.breachimpact.classification.Severity;
import com.breachimpact.classification.SeverityPolicy;
import com.breachimpact.institution.Client;
import com.breachimpact.institution.ClientRegistry;
import com.breachimpact.institution.EvidenceKind;
import com.breachimpact.institution.RegistryException;
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

	private final JdbcTemplate jdbc;

	private final SeverityPolicy severityPolicy;

	private final double lowScoreBelow;

	/**
	 * A queue builder.
	 * @param jdbc the database
	 * @param severityPolicy the policy that gives clients their severity
	 * @param threshold the attribution threshold of the scan
	 * @param lowScoreMargin scores under {@code threshold + lowScoreMargin} are low
	 */
	public ReviewQueue(JdbcTemplate jdbc, SeverityPolicy severityPolicy, double threshold, double lowScoreMargin) {
		this.jdbc = jdbc;
		this.severityPolicy = severityPolicy;
		this.lowScoreBelow = threshold + lowScoreMargin;
	}

	/**
	 * The queue of a run.
	 * @param runId the run
	 * @return the pairs to review, most important first
	 */
	public List<ReviewQueueEntry> of(long runId) {
		JdbcScanRunRepository runs = new JdbcScanRunRepository(this.jdbc);
		String caseName = runs.caseOf(runId).orElse("");
		ClientRegistry registry = registryOrNull(runs, runId);
		Map<String, Severity> severities = clientSeverities(runId);
		Map<String, Pair> pairs = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT a.item_id, a.location, a.client_id, a.score, a.evidence_kinds, a.review_status, i.rel_path,
				       i.sha256
				FROM item_attribution a JOIN inventory_item i ON i.item_id = a.item_id
				WHERE a.run_id = ?""", (row) -> {
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
		}, runId);
		// pairs with evidence under the threshold: never dropped silently
		this.jdbc.query("""
				SELECT c.item_id, c.location, c.client_id, c.score, c.evidence_kinds, i.rel_path, i.sha256
				FROM attribution_candidate c JOIN inventory_item i ON i.item_id = c.item_id
				WHERE c.run_id = ?""", (row) -> {
			Pair pair = new Pair(row.getLong("item_id"), row.getString("location"), row.getString("client_id"),
					row.getString("rel_path"), row.getString("sha256"), null, "", ReviewStatus.UNREVIEWED, false,
					new LinkedHashSet<>(List.of(ReviewQueueEntry.UNDER_THRESHOLD)));
			pairs.putIfAbsent(pair.key(), pair);
		}, runId);
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
		this.jdbc.query(
				"SELECT DISTINCT a.client_id FROM item_attribution a WHERE a.run_id = ? AND " + ReviewFilters.COUNTED,
				(row) -> {
					counts.put(row.getString("client_id"), new EnumMap<>(SensitiveCategory.class));
				}, runId);
		new JdbcSensitiveValueRepository(this.jdbc).occurrencesByClient(runId)
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
		this.jdbc.query("""
				SELECT item_id, rel_path, sha256 FROM inventory_item
				WHERE run_id = ? AND status = 'failed' AND entry_type = 'file'""", (row) -> {
			failed.put(row.getLong("item_id"), new String[] { row.getString("rel_path"), row.getString("sha256") });
		}, runId);
		if (failed.isEmpty()) {
			return;
		}
		Map<Long, Set<String>> clients = new HashMap<>();
		this.jdbc.query("""
				SELECT DISTINCT f.item_id, f.client_id FROM client_finding f
				JOIN inventory_item i ON i.item_id = f.item_id
				WHERE f.run_id = ? AND f.evidence_kind = ? AND i.status = 'failed' AND i.entry_type = 'file'""",
				(row) -> {
					clients.computeIfAbsent(row.getLong("item_id"), (id) -> new LinkedHashSet<>())
						.add(row.getString("client_id"));
				}, runId, EvidenceKind.SFTP_FOLDER.name());
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
		return this.jdbc.queryForList("""
				SELECT DISTINCT evidence_kind || ' ' || masked_value FROM client_finding
				WHERE item_id = ? AND client_id = ? AND (location = ? OR (location = '' AND char_offset < 0))
				ORDER BY 1""", String.class, itemId, clientId, location);
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
