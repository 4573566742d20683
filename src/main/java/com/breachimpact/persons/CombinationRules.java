package com.breachimpact.persons;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The legal data-element combinations of a case: the shipped
 * {@code combination-rules.yml} (next to this class), or a file the job definition names
 * instead. Immutable.
 */
public final class CombinationRules {

	static final String RESOURCE = "combination-rules.yml";

	private final List<CombinationRule> rules;

	private CombinationRules(List<CombinationRule> rules) {
		this.rules = List.copyOf(rules);
	}

	/**
	 * Read the rules.
	 * @param file the case's rules file, or {@code null} for the shipped one
	 * @return the rules
	 * @throws RulesFileException naming the line at fault
	 */
	public static CombinationRules load(Path file) {
		Set<String> ids = new HashSet<>();
		List<CombinationRule> rules = YamlFile.read(file, RESOURCE, "rules", (yaml, node, values) -> {
			String id = yaml.text(values.get("id"), "id", true, node);
			if (!ids.add(id)) {
				throw yaml.error(values.get("id"), "rule id '" + id + "' given twice");
			}
			List<Set<DataElement>> requires = new ArrayList<>();
			for (Node group : yaml.list(values.get("requires"), "requires")) {
				requires.add(elements(yaml, group));
			}
			if (requires.isEmpty()) {
				throw yaml.error(node, "rule '" + id + "' requires no element");
			}
			Set<DataElement> excludes = EnumSet.noneOf(DataElement.class);
			for (Node element : yaml.list(values.get("excludes"), "excludes")) {
				excludes.addAll(elements(yaml, element));
			}
			String notifiable = yaml.text(values.get("notifiable"), "notifiable", false, node);
			if (notifiable != null && !notifiable.equals("true") && !notifiable.equals("false")) {
				throw yaml.error(values.get("notifiable"), "'notifiable' must be true or false");
			}
			unknownKeys(yaml, values, Set.of("id", "title", "citation", "requires", "excludes", "notifiable"));
			return new CombinationRule(id, orElse(yaml.text(values.get("title"), "title", false, node), id),
					yaml.text(values.get("citation"), "citation", true, node), List.copyOf(requires),
					Set.copyOf(excludes), !"false".equals(notifiable));
		});
		if (rules.isEmpty()) {
			throw new RulesFileException((file != null) ? file.toString() : RESOURCE, 0, "no rules", null);
		}
		return new CombinationRules(rules);
	}

	/**
	 * The rules, in file order.
	 * @return the rules
	 */
	public List<CombinationRule> rules() {
		return this.rules;
	}

	/**
	 * The rule of an id.
	 * @param id the id
	 * @return the rule, or {@code null}
	 */
	public CombinationRule find(String id) {
		return this.rules.stream().filter((rule) -> rule.id().equals(id)).findFirst().orElse(null);
	}

	private static Set<DataElement> elements(YamlFile yaml, Node node) {
		Set<DataElement> elements = EnumSet.noneOf(DataElement.class);
		List<Node> names = (node instanceof SequenceNode sequence) ? sequence.getValue() : List.of(node);
		for (Node name : names) {
			String code = yaml.text(name, "element", true, node);
			DataElement element = DataElement.ofCode(code);
			if (element == null) {
				throw yaml.error(name,
						"unknown data element '" + code + "' (known: "
								+ String.join(", ",
										java.util.Arrays.stream(DataElement.values()).map(DataElement::code).toList())
								+ ")");
			}
			elements.add(element);
		}
		return elements;
	}

	static void unknownKeys(YamlFile yaml, Map<String, Node> values, Set<String> known) {
		for (Map.Entry<String, Node> value : values.entrySet()) {
			if (!known.contains(value.getKey())) {
				throw yaml.error(value.getValue(),
						"unknown key '" + value.getKey() + "' (known: " + String.join(", ", known) + ")");
			}
		}
	}

	private static String orElse(String value, String other) {
		return (value != null && !value.isEmpty()) ? value : other;
	}

}
