package com.breachimpact.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks of a STIX 2.1 bundle: against the OASIS STIX 2.1 JSON schemas kept under
 * {@code src/test/resources/stix-2.1-json-schemas} (draft 2020-12; their {@code $id}
 * prefix is mapped to the classpath, so no schema is fetched from the network), and for
 * integrity: ids unique, every {@code *_ref} and {@code *_refs} resolving to an object of
 * the bundle, every indicator pattern parsing.
 */
final class StixBundleChecks {

	static final String SCHEMA_PREFIX = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			(builder) -> builder.schemaIdResolvers(
					(resolvers) -> resolvers.mapPrefix(SCHEMA_PREFIX, "classpath:stix-2.1-json-schemas/schemas/")));

	private static final Map<String, String> OBJECT_SCHEMAS = Map.of("identity", "sdos/identity.json", "indicator",
			"sdos/indicator.json", "report", "sdos/report.json", "marking-definition",
			"common/marking-definition.json");

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private StixBundleChecks() {
	}

	static JsonNode read(Path file) {
		try {
			return MAPPER.readTree(file.toFile());
		}
		catch (RuntimeException ex) {
			throw new UncheckedIOException(new IOException("Cannot read " + file, ex));
		}
	}

	/**
	 * The schema violations of a bundle: against {@code bundle.json}, and each object
	 * against the schema of its type.
	 */
	static List<String> schemaErrors(JsonNode bundle) {
		List<String> errors = new ArrayList<>();
		errors.addAll(validate("common/bundle.json", bundle));
		for (JsonNode object : bundle.path("objects")) {
			String type = object.path("type").asString();
			String schema = OBJECT_SCHEMAS.get(type);
			if (schema == null) {
				errors.add("an object of an unexpected type: " + type);
				continue;
			}
			validate(schema, object).forEach((error) -> errors.add(object.path("id").asString() + ": " + error));
		}
		return errors;
	}

	private static List<String> validate(String schemaPath, JsonNode node) {
		Schema schema = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_PREFIX + schemaPath));
		return schema.validate(node).stream().map(Error::toString).toList();
	}

	/**
	 * The integrity problems of a bundle: duplicate ids, dangling references, bad
	 * patterns.
	 */
	static List<String> integrityProblems(JsonNode bundle) {
		List<String> problems = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (JsonNode object : bundle.path("objects")) {
			if (!ids.add(object.path("id").asString())) {
				problems.add("duplicate id " + object.path("id").asString());
			}
		}
		for (JsonNode object : bundle.path("objects")) {
			for (Map.Entry<String, JsonNode> property : object.properties()) {
				List<String> refs = new ArrayList<>();
				if (property.getKey().endsWith("_ref")) {
					refs.add(property.getValue().asString());
				}
				else if (property.getKey().endsWith("_refs")) {
					property.getValue().forEach((ref) -> refs.add(ref.asString()));
				}
				for (String ref : refs) {
					if (!ids.contains(ref)) {
						problems.add(object.path("id").asString() + " " + property.getKey() + " -> " + ref
								+ " is not in the bundle");
					}
				}
			}
			if (object.path("type").asString().equals("indicator")) {
				try {
					StixComparisonPattern pattern = StixComparisonPattern.parse(object.path("pattern").asString());
					if (!pattern.objectType().equals("file") || !pattern.objectPath().equals("hashes.'SHA-256'")
							|| !pattern.value().matches("[0-9a-f]{64}")) {
						problems.add(object.path("id").asString() + ": not a file SHA-256 pattern: " + pattern);
					}
				}
				catch (IllegalArgumentException ex) {
					problems.add(object.path("id").asString() + ": " + ex.getMessage());
				}
			}
		}
		return problems;
	}

}
