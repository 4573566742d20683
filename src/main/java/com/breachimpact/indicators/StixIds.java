package com.breachimpact.indicators;

import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.NameBasedGenerator;

/**
 * Deterministic STIX identifiers: {@code <type>--<UUIDv5>} of the parts that make an
 * object what it is (case, client, content hash), under one namespace of this tool, so
 * that a rerun of a case gives its objects the same ids and a consumer updates them
 * instead of adding duplicates.
 */
final class StixIds {

	/** The namespace of every id breach-impact derives. */
	static final UUID NAMESPACE = UUID.fromString("e99d5ad8-6ec3-4ade-9a9f-7508bb9a22ce");

	private static final NameBasedGenerator GENERATOR = Generators.nameBasedGenerator(NAMESPACE);

	private StixIds() {
	}

	/**
	 * The id of an object.
	 * @param type the STIX type ({@code indicator})
	 * @param parts what identifies the object, joined unambiguously
	 * @return {@code <type>--<uuid>}
	 */
	static String of(String type, String... parts) {
		StringBuilder name = new StringBuilder(type);
		for (String part : parts) {
			// length-prefixed, so that no two lists of parts give the same name
			name.append('\u0000').append(part.length()).append(':').append(part);
		}
		synchronized (GENERATOR) {
			return type + "--" + GENERATOR.generate(name.toString());
		}
	}

}
