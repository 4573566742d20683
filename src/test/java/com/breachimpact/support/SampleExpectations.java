package com.breachimpact.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The expected results of the bundled sample inventory, read from the table in
 * {@code samples/EXPECTED.md} (written by the sample generator).
 */
public final class SampleExpectations {

	/** The repository's sample folder. */
	public static final Path SAMPLES = Path.of("samples");

	private SampleExpectations() {
	}

	/**
	 * Expected clients per file under the default policy: the clients with strong
	 * evidence, and those named (legal name or alias used as a name) without it; not
	 * those whose name appears only as an ordinary word.
	 * @return file path -> client ids the file must be attributed to (empty for none)
	 */
	public static Map<String, Set<String>> expectedClients() {
		Map<String, Set<String>> expected = new LinkedHashMap<>();
		for (String[] row : rows()) {
			Set<String> clients = new TreeSet<>(clients(row[1]));
			clients.addAll(clients(row[2]));
			clients.removeAll(clients(row[4]));
			expected.put(row[0], clients);
		}
		return expected;
	}

	/**
	 * Expected extraction outcome per file.
	 * @return file path -> {@code extracts}, {@code empty} or {@code fails}
	 */
	public static Map<String, String> expectedExtraction() {
		Map<String, String> expected = new LinkedHashMap<>();
		for (String[] row : rows()) {
			expected.put(row[0], row[3]);
		}
		return expected;
	}

	private static Set<String> clients(String cell) {
		if (cell.equals("-")) {
			return Set.of();
		}
		return Arrays.stream(cell.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
	}

	private static java.util.List<String[]> rows() {
		try {
			return Files.readAllLines(SAMPLES.resolve("EXPECTED.md"))
				.stream()
				.filter((line) -> line.startsWith("| `"))
				.map((line) -> Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
					.map(String::strip)
					.map((cell) -> cell.replace("`", ""))
					.toArray(String[]::new))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
