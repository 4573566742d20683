package com.breachimpact.institution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Frequent English words, read once from the class path resource {@code common-words.txt}
 * beside this class (one lower-case word a line, {@code #} starts a comment line). An
 * institution name or alias that is such a word would match ordinary prose, so the
 * matcher counts it only where it is used as a name (see {@link #isCommonWordName}).
 * <p>
 * The optional registry column {@code common_word_aliases} overrides the list for one
 * client: {@code yes} ({@code true}, {@code all}) makes every name and alias of the
 * client a common word, {@code no} ({@code false}, {@code none}) none of them, and a
 * {@code |}-separated list of the client's names or aliases exactly those; an empty cell
 * (or no column) leaves the decision to the list.
 */
public final class CommonWords {

	private static final String RESOURCE = "common-words.txt";

	private static final Set<String> WORDS = load();

	private static final Set<String> YES = Set.of("yes", "true", "all");

	private static final Set<String> NO = Set.of("no", "false", "none");

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
	 * Whether a name or alias of a client is to be treated as a common word: decided by
	 * the client's {@code common_word_aliases} cell when it is not empty, otherwise by
	 * the list (a single listed word).
	 * @param client the client
	 * @param name one of its names or aliases, as registered or normalized
	 * @return {@code true} when a mention counts only where used as a name
	 */
	public static boolean isCommonWordName(Client client, String name) {
		String normalized = NameNormalizer.normalizeName(name);
		String override = RegistryCsvReader.optional(client, RegistryCsvReader.COMMON_WORD_ALIASES);
		if (override.isEmpty()) {
			return contains(normalized);
		}
		String keyword = override.toLowerCase(Locale.ROOT);
		if (YES.contains(keyword)) {
			return true;
		}
		if (NO.contains(keyword)) {
			return false;
		}
		for (String listed : override.split("\\|")) {
			if (NameNormalizer.normalizeName(listed).equals(normalized) && !normalized.isEmpty()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What is wrong with a client's {@code common_word_aliases} cell.
	 * @param client the client
	 * @return a message, or {@code null} when the cell is empty, a keyword or a list of
	 * the client's own names and aliases
	 */
	static String overrideProblem(Client client) {
		String override = RegistryCsvReader.optional(client, RegistryCsvReader.COMMON_WORD_ALIASES);
		String keyword = override.toLowerCase(Locale.ROOT);
		if (override.isEmpty() || YES.contains(keyword) || NO.contains(keyword)) {
			return null;
		}
		Set<String> own = new HashSet<>();
		own.add(NameNormalizer.normalizeName(client.legalName()));
		client.aliases().forEach((alias) -> own.add(NameNormalizer.normalizeName(alias)));
		String[] listed = override.split("\\|");
		for (int i = 0; i < listed.length; i++) {
			String normalized = NameNormalizer.normalizeName(listed[i]);
			if (!normalized.isEmpty() && !own.contains(normalized)) {
				return "value #" + (i + 1) + " ('" + listed[i].strip() + "') is neither yes, no nor a name or alias of "
						+ "the client";
			}
		}
		return null;
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
