package com.breachimpact.institution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Frequent English words, read once from the class path resource
 * {@code common-words.txt} beside this class (one lower-case word a line,
 * {@code #} starts a comment line). An institution alias that is such a word
 * would match ordinary prose.
 */
public final class CommonWords {

	private static final String RESOURCE = "common-words.txt";

	private static final Set<String> WORDS = load();

	private CommonWords() {
	}

	/**
	 * Whether a normalized name is a single frequent English word.
	 * @param normalizedName a name in {@link NameNormalizer} normal form
	 * @return {@code true} when it is one word of the list
	 */
	public static boolean contains(String normalizedName) {
		return WORDS.contains(normalizedName);
	}

	/**
	 * The number of words in the list.
	 * @return the size of the list
	 */
	public static int size() {
		return WORDS.size();
	}

	private static Set<String> load() {
		try (InputStream in = CommonWords.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing class path resource " + RESOURCE);
			}
			Set<String> words = new HashSet<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(NameNormalizer.normalizeName(word));
				}
			}
			return Set.copyOf(words);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

}
