package com.breachimpact.persons;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.Node;

/**
 * The notification obligations of a case: the shipped {@code jurisdictions.yml} (next to
 * this class), or a file the job definition names instead. Immutable.
 */
public final class Jurisdictions {

	static final String RESOURCE = "jurisdictions.yml";

	private static final Pattern THRESHOLD = Pattern.compile("(>=|>)\\s*([0-9]{1,9})");

	private static final Pattern DEADLINE = Pattern.compile("([0-9]{1,4})\\s*(days?|hours?)");

	private static final Pattern RESIDENTS = Pattern.compile("US-[A-Z]{2}|[A-Z]{2}|US|EU|any");

	private final List<Jurisdiction> jurisdictions;

	private Jurisdictions(List<Jurisdiction> jurisdictions) {
		this.jurisdictions = List.copyOf(jurisdictions);
	}

	/**
	 * Read the jurisdictions.
	 * @param file the case's file, or {@code null} for the shipped one
	 * @param rules the combination rules the jurisdictions may name
	 * @return the jurisdictions
	 * @throws RulesFileException naming the line at fault
	 */
	public static Jurisdictions load(Path file, CombinationRules rules) {
		Set<String> ids = new HashSet<>();
		return new Jurisdictions(YamlFile.read(file, RESOURCE, "jurisdictions", (yaml, node, values) -> {
			CombinationRules.unknownKeys(yaml, values, Set.of("id", "authority", "residents", "rules", "threshold",
					"trigger", "deadline", "clock", "citation"));
			String id = yaml.text(values.get("id"), "id", true, node);
			if (!ids.add(id)) {
				throw yaml.error(values.get("id"), "jurisdiction id '" + id + "' given twice");
			}
			Set<String> residents = new LinkedHashSet<>();
			for (Node scope : yaml.list(values.get("residents"), "residents")) {
				String code = yaml.text(scope, "residents", true, node);
				if (!RESIDENTS.matcher(code).matches()) {
					throw yaml.error(scope,
							"residents must be US-XX (a state), a country code, US, EU or any; not '" + code + "'");
				}
				residents.add(code);
			}
			if (residents.isEmpty()) {
				throw yaml.error(node, "missing 'residents'");
			}
			List<String> ruleIds = yaml.list(values.get("rules"), "rules")
				.stream()
				.map((rule) -> yaml.text(rule, "rules", true, node))
				.toList();
			for (int i = 0; i < ruleIds.size(); i++) {
				if (rules.find(ruleIds.get(i)) == null) {
					throw yaml.error(yaml.list(values.get("rules"), "rules").get(i),
							"unknown rule '" + ruleIds.get(i) + "' (not in the combination rules)");
				}
			}
			String threshold = yaml.text(values.get("threshold"), "threshold", true, node);
			Matcher count = THRESHOLD.matcher(threshold);
			if (!count.matches()) {
				throw yaml.error(values.get("threshold"),
						"threshold must read '>= N' or '> N'; not '" + threshold + "'");
			}
			long atLeast = Long.parseLong(count.group(2)) + (count.group(1).equals(">") ? 1 : 0);
			String deadlineText = yaml.text(values.get("deadline"), "deadline", true, node);
			Duration deadline = null;
			if (!deadlineText.equals("none")) {
				Matcher amount = DEADLINE.matcher(deadlineText.toLowerCase(Locale.ROOT));
				if (!amount.matches()) {
					throw yaml.error(values.get("deadline"),
							"deadline must read 'N days', 'N hours' or 'none'; not '" + deadlineText + "'");
				}
				long n = Long.parseLong(amount.group(1));
				deadline = amount.group(2).startsWith("day") ? Duration.ofDays(n) : Duration.ofHours(n);
			}
			String clockText = yaml.text(values.get("clock"), "clock", deadline != null, node);
			Jurisdiction.Clock clock = Arrays.stream(Jurisdiction.Clock.values())
				.filter((candidate) -> candidate.code().equals(clockText))
				.findFirst()
				.orElse(null);
			if (clock == null && clockText != null) {
				throw yaml.error(values.get("clock"),
						"clock must be detected, client-notified or access-ended; not '" + clockText + "'");
			}
			return new Jurisdiction(id, yaml.text(values.get("authority"), "authority", true, node),
					Set.copyOf(residents), ruleIds, atLeast, threshold,
					yaml.text(values.get("trigger"), "trigger", true, node), deadline,
					(clock != null) ? clock : Jurisdiction.Clock.DETECTED,
					yaml.text(values.get("citation"), "citation", true, node));
		}));
	}

	/**
	 * The jurisdictions, in file order.
	 * @return the jurisdictions
	 */
	public List<Jurisdiction> jurisdictions() {
		return this.jurisdictions;
	}

}
