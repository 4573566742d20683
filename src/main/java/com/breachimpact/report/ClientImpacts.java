package com.breachimpact.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.breachimpact.analysis.JdbcItemAttributionRepository;
import com.breachimpact.classification.SensitiveCategory;
import com.breachimpact.classification.Severity;
import com.breachimpact.classification.SeverityPolicy;
import com.breachimpact.institution.Client;
import com.breachimpact.institution.ClientRegistry;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Computes the {@link ClientImpact} of every affected client of a run from the database,
 * one client at a time. Counts are on leaf items: a client's files are the leaves (files,
 * archive members, attachments) attributed to it, and its sensitive data and people come
 * from those leaves only.
 */
public class ClientImpacts {

	private final JdbcTemplate jdbc;

	private final JdbcItemAttributionRepository attributions;

	private final JdbcImpactQueries impactQueries;

	private final ClientRegistry registry;

	private final SeverityPolicy severityPolicy;

	/**
	 * A calculator of client impacts.
	 * @param jdbc the database, for the sensitive data and people of the leaves
	 * @param attributions the attributions
	 * @param impactQueries the reports' queries
	 * @param registry the client registry, for the clients' names
	 * @param severityPolicy the policy that gives clients their severity
	 */
	public ClientImpacts(JdbcTemplate jdbc, JdbcItemAttributionRepository attributions, JdbcImpactQueries impactQueries,
			ClientRegistry registry, SeverityPolicy severityPolicy) {
		this.jdbc = jdbc;
		this.attributions = attributions;
		this.impactQueries = impactQueries;
		this.registry = registry;
		this.severityPolicy = severityPolicy;
	}

	/**
	 * The affected clients of a run, most severe first, then by number of people and
	 * files.
	 * @param runId the run
	 * @return one impact per client with at least one attributed file
	 */
	public List<ClientImpact> of(long runId) {
		Map<String, long[]> files = new LinkedHashMap<>();
		Map<String, Set<String>> kinds = new LinkedHashMap<>();
		this.attributions.countCountedByClientAndKinds(runId, (row) -> {
			String clientId = row.getString("client_id");
			files.computeIfAbsent(clientId, (id) -> new long[1])[0] += row.getLong("files");
			for (String kind : row.getString("evidence_kinds").split(",")) {
				kinds.computeIfAbsent(clientId, (id) -> new TreeSet<>()).add(kind);
			}
		});
		List<ClientImpact> impacts = new ArrayList<>();
		for (Map.Entry<String, long[]> client : files.entrySet()) {
			impacts.add(impact(runId, client.getKey(), client.getValue()[0], kinds.get(client.getKey())));
		}
		impacts.sort(Comparator.comparing((ClientImpact impact) -> severityRank(impact.severity().severity()))
			.thenComparing(Comparator.comparingLong(ClientImpact::estimatedIndividuals).reversed())
			.thenComparing(Comparator.comparingLong(ClientImpact::files).reversed())
			.thenComparing(ClientImpact::clientId));
		return impacts;
	}

	private ClientImpact impact(long runId, String clientId, long files, Set<String> evidenceKinds) {
		List<CategoryStats> categories = new ArrayList<>();
		this.jdbc.query("""
				SELECT v.category, SUM(v.occurrences) AS occurrences, COUNT(DISTINCT v.value_hash) AS distinct_values,
				       COUNT(DISTINCT CAST(v.item_id AS VARCHAR) || '!/' || v.location) AS files,
				       BOOL_OR(COALESCE(i.sensitive_incomplete, FALSE)) AS incomplete
				FROM sensitive_value v
				JOIN item_attribution a ON a.item_id = v.item_id AND a.location = v.location
				JOIN inventory_item i ON i.item_id = v.item_id
				WHERE a.run_id = ? AND a.client_id = ? AND COALESCE(a.review_status, 'unreviewed') <> 'rejected'
				GROUP BY v.category""", (row) -> {
			categories
				.add(new CategoryStats(SensitiveCategory.valueOf(row.getString("category")), row.getLong("occurrences"),
						row.getLong("distinct_values"), row.getLong("files"), row.getBoolean("incomplete")));
		}, runId, clientId);
		categories.sort(
				Comparator.comparingLong(CategoryStats::occurrences).reversed().thenComparing(CategoryStats::category));
		PeopleCounter people = new PeopleCounter();
		this.jdbc.query("""
				SELECT p.item_id, p.person_no, p.link_key FROM item_person p
				JOIN item_attribution a ON a.item_id = p.item_id AND a.location = p.location
				WHERE a.run_id = ? AND a.client_id = ? AND COALESCE(a.review_status, 'unreviewed') <> 'rejected'""",
				(row) -> {
					people.add(row.getLong("item_id") + ":" + row.getInt("person_no"), row.getString("link_key"));
				}, runId, clientId);
		long incomplete = this.impactQueries.countIncompleteFiles(runId, clientId);
		ClientImpact partial = new ClientImpact(clientId, name(clientId), files, evidenceKinds, categories,
				people.count(), null, incomplete);
		return new ClientImpact(clientId, partial.name(), files, evidenceKinds, categories,
				partial.estimatedIndividuals(), this.severityPolicy.decide(partial.occurrences()),
				partial.incompleteFiles());
	}

	private static int severityRank(Severity severity) {
		return switch (severity) {
			case NOTIFY -> 0;
			case REVIEW -> 1;
			case INFORMATIONAL -> 2;
		};
	}

	private String name(String clientId) {
		return this.registry.find(clientId).map(Client::legalName).orElse("");
	}

}
