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
 * @param outcome what extraction should make of it
 * @param notes a short explanation of the evidence or the failure
 */
record SampleFile(String path, byte[] content, List<String> expectedClientIds, List<String> namedOnly,
		SampleOutcome outcome, String notes) {

	SampleFile {
		expectedClientIds = expectedClientIds.stream().sorted().toList();
		namedOnly = namedOnly.stream().sorted().toList();
	}

}
