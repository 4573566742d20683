package com.breachimpact.persons;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML file read as a node tree (no object construction, so no type tags are honoured),
 * with the lines of its nodes for error messages.
 */
final class YamlFile {

	private final String name;

	private YamlFile(String name) {
		this.name = name;
	}

	/**
	 * The list under a top-level key of a file.
	 * @param file the file, or {@code null} for the shipped resource
	 * @param resource the shipped resource, next to this class
	 * @param key the top-level key
	 * @param reader reads one entry of the list
	 * @param <T> the entry type
	 * @return the entries
	 * @throws RulesFileException naming the line at fault
	 */
	static <T> List<T> read(Path file, String resource, String key, EntryReader<T> reader) {
		String name = (file != null) ? file.toString() : resource + " (shipped)";
		YamlFile yaml = new YamlFile(name);
		try (InputStream in = (file != null) ? Files.newInputStream(file)
				: YamlFile.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new RulesFileException(name, 0, "not found", null);
			}
			LoaderOptions options = new LoaderOptions();
			options.setMaxAliasesForCollections(10);
			options.setAllowDuplicateKeys(false);
			Node root;
			try (Reader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				root = new Yaml(options).compose(text);
			}
			if (!(root instanceof MappingNode mapping)) {
				throw yaml.error(root, "expected a mapping with the key '" + key + "'");
			}
			Node list = yaml.mapping(mapping).get(key);
			if (!(list instanceof SequenceNode sequence)) {
				throw yaml.error((list != null) ? list : root, "expected a list under '" + key + "'");
			}
			List<T> entries = new ArrayList<>();
			for (Node entry : sequence.getValue()) {
				if (!(entry instanceof MappingNode entryMapping)) {
					throw yaml.error(entry, "expected a mapping (key: value lines) for each entry");
				}
				entries.add(reader.read(yaml, entry, yaml.mapping(entryMapping)));
			}
			return entries;
		}
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			throw new RulesFileException(name, (mark != null) ? mark.getLine() + 1 : 0,
					"not valid YAML (" + ex.getProblem() + ")", ex);
		}
		catch (YAMLException ex) {
			throw new RulesFileException(name, 0, "not valid YAML (" + ex.getMessage() + ")", ex);
		}
		catch (IOException ex) {
			throw new RulesFileException(name, 0, "cannot be read (" + ex.getMessage() + ")", ex);
		}
	}

	Map<String, Node> mapping(MappingNode node) {
		Map<String, Node> values = new LinkedHashMap<>();
		for (NodeTuple tuple : node.getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
				throw error(tuple.getKeyNode(), "expected a plain key");
			}
			values.put(key.getValue(), tuple.getValueNode());
		}
		return values;
	}

	String text(Node node, String key, boolean required, Node parent) {
		if (node == null) {
			if (required) {
				throw error(parent, "missing '" + key + "'");
			}
			return null;
		}
		if (!(node instanceof ScalarNode scalar)) {
			throw error(node, "expected a single value for '" + key + "'");
		}
		return scalar.getValue().strip();
	}

	List<Node> list(Node node, String key) {
		if (node == null) {
			return List.of();
		}
		if (node instanceof SequenceNode sequence) {
			return sequence.getValue();
		}
		return List.of(node);
	}

	RulesFileException error(Node node, String problem) {
		return new RulesFileException(this.name, (node != null) ? node.getStartMark().getLine() + 1 : 0, problem, null);
	}

	/** Reads one entry of a list. */
	interface EntryReader<T> {

		T read(YamlFile yaml, Node node, Map<String, Node> values);

	}

}
