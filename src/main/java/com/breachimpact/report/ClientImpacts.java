package com.breachimpact.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

import com.breachimpact.analysis.JdbcItemAttributionRepository;
import com.breachimpact.analysis.JdbcSensitiveValueRepository;
import com.breachimpact.classification.Severity;
import com.breachimpact.classification.SeverityPolicy;
import com.breachimpact.institution.Client;
import com.breachimpact.institution.ClientRegistry;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Computes the {@link ClientImpact} of every affected client of a run from the database,
 * one client at a time. Counts are on leaf items: a client's files are the leaves (files,
 * archive members, attachments) attributed to it, and its sensitive data comes from those
 * leaves only; its people are counted by the caller from the person records of the same
 * leaves ({@code persons.PersonResolver}).
 */
public class ClientImpacts {

	private final JdbcSensitiveValueRepository sensitiveValues;

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
		this.sensitiveValues = new JdbcSensitiveValueRepository(jdbc);
		this.attributions = attributions;
		this.impactQueries = impactQueries;
		this.registry = registry;
		this.severityPolicy = severityPolicy;
	}

	/**
	 * The affected clients of a run, most severe first, then by number of people and
	 * files.
	 * @param runId the run
	 * @param persons the number of distinct persons of a client's attributed leaves (the
	 * review's rejections left out), by client id
	 * @return one impact per client with at least one attributed file
	 */
	public List<ClientImpact> of(long runId, ToLongFunction<String> persons) {
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
			impacts.add(impact(runId, client.getKey(), persons, client.getValue()[0], kinds.get(client.getKey())));
		}
		impacts.sort(Comparator.comparing((ClientImpact impact) -> severityRank(impact.severity().severity()))
			.thenComparing(Comparator.comparingLong(ClientImpact::persons).reversed())
			.thenComparing(Comparator.comparingLong(ClientImpact::files).reversed())
			.thenComparing(ClientImpact::clientId));
		return impacts;
	}

	private ClientImpact impact(long runId, String clientId, ToLongFunction<String> persons, long files,
			Set<String> evidenceKinds) {
		List<CategoryStats> categories = new ArrayList<>();
		for (JdbcSensitiveValueRepository.CategoryTotals totals : this.sensitiveValues.totalsOfClient(runId,
				clientId)) {
			categories.add(new CategoryStats(totals.category(), totals.occurrences(), totals.distinctValues(),
					totals.leaves(), totals.incomplete()));
		}
		categories.sort(
				Comparator.comparingLong(CategoryStats::occurrences).reversed().thenComparing(CategoryStats::category));
		long incomplete = this.impactQueries.countIncompleteFiles(runId, clientId);
		ClientImpact partial = new ClientImpact(clientId, name(clientId), files, evidenceKinds, categories,
				persons.applyAsLong(clientId), null, incomplete);
		return new ClientImpact(clientId, partial.name(), files, evidenceKinds, categories, partial.persons(),
				this.severityPolicy.decide(partial.occurrences()), partial.incompleteFiles());
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
