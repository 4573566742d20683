package com.breachimpact.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * Refuses a job definition with a key under {@code breach-impact:} that no properties
 * record declares (a typo would otherwise be ignored): the groups are read from the
 * configuration metadata that {@code spring-boot-configuration-processor} generates from
 * the records. Keys inside a known group are checked when the records are bound
 * ({@code ignoreUnknownFields = false}, see {@link StartupFailures}).
 */
final class JobDefinitionKeys {

	private static final String PREFIX = "breach-impact.";

	private static final String METADATA = "META-INF/spring-configuration-metadata.json";

	/** Keys under {@code breach-impact:} read through placeholders of application.yml. */
	private static final Set<String> PLACEHOLDER_KEYS = Set.of("breach-impact.work-dir");

	private JobDefinitionKeys() {
	}

	/**
	 * Check the keys of a job definition.
	 * @param jobDefinition the YAML file
	 * @throws CommandException (invalid input) naming the first unknown key, or if the
	 * file is not valid YAML
	 */
	static void check(Path jobDefinition) {
		Set<String> groups = groups();
		for (PropertySource<?> source : load(jobDefinition)) {
			if (source instanceof EnumerablePropertySource<?> enumerable) {
				for (String key : enumerable.getPropertyNames()) {
					if (key.startsWith(PREFIX) && !PLACEHOLDER_KEYS.contains(key)
							&& groups.stream().noneMatch((group) -> key.startsWith(group + "."))) {
						throw new CommandException(ExitCodes.INVALID_INPUT,
								"Unknown key in the job definition " + jobDefinition + ": " + key + " (known under "
										+ PREFIX + ": " + String.join(", ", names(groups)) + ")");
					}
				}
			}
		}
	}

	private static Iterable<PropertySource<?>> load(Path jobDefinition) {
		try {
			return new YamlPropertySourceLoader().load("job definition", new FileSystemResource(jobDefinition));
		}
		catch (IOException | RuntimeException ex) {
			throw new CommandException(ExitCodes.INVALID_INPUT,
					"Invalid job definition " + jobDefinition + ": " + ex.getMessage());
		}
	}

	/**
	 * The property groups under {@code breach-impact.}, such as
	 * {@code breach-impact.scan}.
	 */
	static Set<String> groups() {
		Set<String> groups = new TreeSet<>();
		try (InputStream in = JobDefinitionKeys.class.getClassLoader().getResourceAsStream(METADATA)) {
			if (in == null) {
				throw new IllegalStateException("No " + METADATA + " on the class path: build with Maven");
			}
			JsonNode metadata = new ObjectMapper().readTree(in);
			for (JsonNode group : metadata.path("groups").values()) {
				String name = group.path("name").asString();
				if (name.startsWith(PREFIX)) {
					groups.add(name);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return groups;
	}

	private static Set<String> names(Set<String> groups) {
		Set<String> names = new TreeSet<>();
		groups.forEach((group) -> names.add(group.substring(PREFIX.length())));
		PLACEHOLDER_KEYS.forEach((key) -> names.add(key.substring(PREFIX.length())));
		return names;
	}

}
