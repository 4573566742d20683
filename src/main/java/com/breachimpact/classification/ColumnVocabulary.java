package com.breachimpact.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column names that tell what a column of records holds: the shipped word list
 * ({@code header-words.txt} next to this class) plus the names a case adds, compared
 * folded (see {@link #fold(CharSequence)}); names not listed fall back to the word rules
 * of {@link ColumnKind#fromHeader(String)}. Immutable and thread-safe.
 */
public final class ColumnVocabulary {

	private static final String RESOURCE = "header-words.txt";

	private static final ColumnVocabulary DEFAULTS = new ColumnVocabulary(load());

	private final Map<String, ColumnKind> kinds;

	private ColumnVocabulary(Map<String, ColumnKind> kinds) {
		this.kinds = Map.copyOf(kinds);
	}

	/**
	 * The shipped word list.
	 * @return the default vocabulary
	 */
	public static ColumnVocabulary defaults() {
		return DEFAULTS;
	}

	/**
	 * This vocabulary with more names; a name given again takes the new kind.
	 * @param extra names per kind
	 * @return a new vocabulary
	 */
	public ColumnVocabulary with(Map<ColumnKind, List<String>> extra) {
		if (extra == null || extra.isEmpty()) {
			return this;
		}
		Map<String, ColumnKind> merged = new HashMap<>(this.kinds);
		extra.forEach((kind, names) -> names.forEach((name) -> put(merged, name, kind)));
		return new ColumnVocabulary(merged);
	}

	/**
	 * The kind of a column from its name alone.
	 * @param name the column name
	 * @return the kind, {@link ColumnKind#OTHER} when nothing is known about it
	 */
	public ColumnKind kindOf(String name) {
		return kindOf(List.of(name));
	}

	/**
	 * The kind of a column named by a path (JSON keys or XML elements from the record
	 * down to the value): the whole path first, then its shorter tails, in the word list;
	 * then the word rules on the whole path. A bare {@code name} at the end of a path is
	 * a person's name only when its parent names a person ({@code customer.name}, not
	 * {@code employer.name}).
	 * @param path the names from the outermost to the innermost, not empty
	 * @return the kind, {@link ColumnKind#OTHER} when nothing is known about it
	 */
	public ColumnKind kindOf(List<String> path) {
		for (int from = 0; from < path.size(); from++) {
			StringBuilder folded = new StringBuilder();
			for (int i = from; i < path.size(); i++) {
				folded.append(fold(path.get(i)));
			}
			ColumnKind kind = this.kinds.get(folded.toString());
			if (kind != null) {
				return (from > 0 && bareName(kind, folded) && !personParent(path.get(from - 1))) ? ColumnKind.OTHER
						: kind;
			}
		}
		return ColumnKind.fromHeader(String.join(" ", path));
	}

	/**
	 * The kind a folded name has in the word list alone (no word rules): how a label in
	 * prose ({@code DOB:}, {@code Acct #}) is read, so that prose labels and column names
	 * share one vocabulary.
	 * @param folded a name folded by {@link #fold(CharSequence)}
	 * @return the kind, or {@code null} when the name is not listed
	 */
	public ColumnKind listedKind(String folded) {
		return this.kinds.get(folded);
	}

	/**
	 * Whether a bare {@code name} ({@code Nm}) was matched alone at the end of a longer
	 * path: it names a person only under a parent that does ({@code customer.name}), not
	 * under any other ({@code employer.name}, {@code bank.name}).
	 */
	private static boolean bareName(ColumnKind kind, CharSequence folded) {
		return kind == ColumnKind.FULL_NAME && ("name".contentEquals(folded) || "nm".contentEquals(folded));
	}

	private boolean personParent(String parent) {
		return kindOf(List.of(parent)) == ColumnKind.FULL_NAME;
	}

	/**
	 * Whether a column name is in the word list as a personal kind (not
	 * {@link ColumnKind#OTHER}) or known to the word rules.
	 * @param name the column name
	 * @return whether it tells a kind
	 */
	public boolean names(String name) {
		return kindOf(name) != ColumnKind.OTHER;
	}

	/**
	 * The folded form of a column name: lower-cased, {@code #} read as {@code no}, chars
	 * other than letters and digits removed.
	 * @param name the name
	 * @return the folded name
	 */
	public static String fold(CharSequence name) {
		StringBuilder folded = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				folded.append(Character.toLowerCase(c));
			}
			else if (c == '#') {
				folded.append("no");
			}
		}
		return folded.toString();
	}

	private static void put(Map<String, ColumnKind> kinds, String name, ColumnKind kind) {
		String folded = fold(name);
		if (!folded.isEmpty()) {
			kinds.put(folded, kind);
		}
	}

	private static Map<String, ColumnKind> load() {
		Map<String, ColumnKind> kinds = new HashMap<>();
		try (InputStream in = ColumnVocabulary.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			ColumnKind kind = null;
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				String content = line.strip();
				if (content.isEmpty() || content.startsWith("#")) {
					continue;
				}
				int colon = content.indexOf(':');
				if (!Character.isWhitespace(line.charAt(0)) && colon > 0) {
					try {
						kind = ColumnKind.valueOf(content.substring(0, colon).strip().toUpperCase(Locale.ROOT));
					}
					catch (IllegalArgumentException ex) {
						throw new IllegalStateException(RESOURCE + " line " + number + ": unknown kind", ex);
					}
					content = content.substring(colon + 1);
				}
				else if (kind == null) {
					throw new IllegalStateException(RESOURCE + " line " + number + ": names before a kind");
				}
				for (String name : content.split(",")) {
					put(kinds, name, kind);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return kinds;
	}

}
