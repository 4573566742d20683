package com.breachimpact.sample;

import java.util.List;

/**
 * One generated sample file with what the pipeline is expected to find in it.
 *
 * @param path the path relative to the inventory root, with {@code /} separators
 * @param content the bytes of the file
 * @param expectedClientIds clients tied to the file by strong evidence (identifier,
 * e-mail domain or folder), sorted
 * @param namedOnly clients only named or aliased in the file (weak evidence), sorted
 * @param namedAsWordOnly of those, the clients whose name the file holds only as an
 * ordinary word (the common word "Heritage" in a sentence), not as a name: a name used as
 * a name attributes the file by default, a word used as a word never does
 * @param outcome what extraction should make of it
 * @param notes a short explanation of the evidence or the failure
 */
record SampleFile(String path, byte[] content, List<String> expectedClientIds, List<String> namedOnly,
		List<String> namedAsWordOnly, SampleOutcome outcome, String notes) {

	SampleFile {
		expectedClientIds = expectedClientIds.stream().sorted().toList();
		namedOnly = namedOnly.stream().sorted().toList();
		namedAsWordOnly = namedAsWordOnly.stream().sorted().toList();
	}

	SampleFile(String path, byte[] content, List<String> expectedClientIds, List<String> namedOnly,
			SampleOutcome outcome, String notes) {
		this(path, content, expectedClientIds, namedOnly, List.of(), outcome, notes);
	}

}
