package com.breachimpact.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.breachimpact.classification.SensitiveCategory;

/**
 * The distinct sensitive values of one category in one leaf of an item, as one row of
 * {@code sensitive_value_set} stores them: totals, and the values as three aligned lists
 * in the order of their keyed hashes. Keyed hashes are fixed-width (64 hex digits) and
 * concatenated, so that a set is one string and sets are united without a row per value.
 *
 * @param location the member path inside the item, {@code ""} for the item itself
 * @param category what the values are
 * @param distinctValues how many distinct values
 * @param occurrences how often they occur, together
 * @param firstLine the first line of the first value
 * @param valueHashes the keyed hashes, sorted and concatenated
 * @param valueLines the first line of each value, comma-separated
 * @param maskedValues the masked form of each value, one per line (see {@link #escape})
 */
public record SensitiveValueSet(String location, SensitiveCategory category, int distinctValues, long occurrences,
		int firstLine, String valueHashes, String valueLines, String maskedValues) {

	/** Hex digits of one keyed hash. */
	public static final int HASH_CHARS = 64;

	/** Characters a stored masked form is cut to. */
	static final int MASKED_CHARS = 255;

	/**
	 * Group distinct values by leaf and category.
	 * @param values the distinct values of an item (one per leaf, category and hash)
	 * @return one set per leaf and category, in the order they first occur
	 */
	public static List<SensitiveValueSet> of(List<SensitiveValue> values) {
		Map<String, List<SensitiveValue>> groups = new LinkedHashMap<>();
		for (SensitiveValue value : values) {
			groups.computeIfAbsent(value.location() + '\u0000' + value.category(), (key) -> new ArrayList<>())
				.add(value);
		}
		List<SensitiveValueSet> sets = new ArrayList<>(groups.size());
		for (List<SensitiveValue> group : groups.values()) {
			sets.add(ofLeafAndCategory(group));
		}
		return sets;
	}

	private static SensitiveValueSet ofLeafAndCategory(List<SensitiveValue> group) {
		List<SensitiveValue> sorted = new ArrayList<>(group);
		sorted.sort(Comparator.comparing(SensitiveValue::valueHash));
		StringBuilder hashes = new StringBuilder(sorted.size() * HASH_CHARS);
		StringBuilder lines = new StringBuilder(sorted.size() * 4);
		StringBuilder masked = new StringBuilder(sorted.size() * 12);
		long occurrences = 0;
		int firstLine = Integer.MAX_VALUE;
		for (SensitiveValue value : sorted) {
			String hash = value.valueHash();
			if (hash.length() != HASH_CHARS) {
				throw new IllegalArgumentException("A keyed hash has " + HASH_CHARS + " hex digits, not "
						+ hash.length() + " (category " + value.category() + ")");
			}
			hashes.append(hash);
			if (lines.length() > 0) {
				lines.append(',');
				masked.append('\n');
			}
			lines.append(value.firstLine());
			String form = value.maskedValue();
			escape((form.length() > MASKED_CHARS) ? form.substring(0, MASKED_CHARS) : form, masked);
			occurrences += value.occurrences();
			firstLine = Math.min(firstLine, value.firstLine());
		}
		SensitiveValue first = sorted.get(0);
		return new SensitiveValueSet(first.location(), first.category(), sorted.size(), occurrences, firstLine,
				hashes.toString(), lines.toString(), masked.toString());
	}

	/**
	 * Visit the values of the set, in hash order.
	 * @param visitor receives each value's keyed hash, masked form and first line
	 */
	public void forEachValue(ValueVisitor visitor) {
		forEachValue(this.valueHashes, this.valueLines, this.maskedValues, visitor);
	}

	/**
	 * Visit the values of a stored set, in hash order.
	 * @param valueHashes the column {@code value_hashes}
	 * @param valueLines the column {@code value_lines}
	 * @param maskedValues the column {@code masked_values}
	 * @param visitor receives each value's keyed hash, masked form and first line
	 */
	static void forEachValue(String valueHashes, String valueLines, String maskedValues, ValueVisitor visitor) {
		List<String> masked = maskedForms(maskedValues);
		String[] lines = valueLines.split(",");
		int count = hashCount(valueHashes);
		if (lines.length != count || masked.size() != count) {
			throw new IllegalStateException("A stored set of " + count + " sensitive values has " + lines.length
					+ " lines and " + masked.size() + " masked forms");
		}
		for (int i = 0; i < count; i++) {
			visitor.visit(valueHashes.substring(i * HASH_CHARS, (i + 1) * HASH_CHARS), masked.get(i),
					Integer.parseInt(lines[i]));
		}
	}

	/**
	 * Visit the keyed hashes of a stored set.
	 * @param valueHashes the column {@code value_hashes}
	 * @param visitor receives each hash
	 */
	static void forEachHash(String valueHashes, Consumer<String> visitor) {
		int count = hashCount(valueHashes);
		for (int i = 0; i < count; i++) {
			visitor.accept(valueHashes.substring(i * HASH_CHARS, (i + 1) * HASH_CHARS));
		}
	}

	static int hashCount(String valueHashes) {
		if (valueHashes.length() % HASH_CHARS != 0) {
			throw new IllegalStateException(
					"Stored keyed hashes of " + valueHashes.length() + " characters: not a whole number of hashes");
		}
		return valueHashes.length() / HASH_CHARS;
	}

	/**
	 * Append a masked form so that it holds no line break: a backslash becomes two, a
	 * line feed {@code \n}.
	 * @param masked the masked form
	 * @param to where to append it
	 */
	static void escape(String masked, StringBuilder to) {
		for (int i = 0; i < masked.length(); i++) {
			char c = masked.charAt(i);
			switch (c) {
				case '\\' -> to.append("\\\\");
				case '\n' -> to.append("\\n");
				default -> to.append(c);
			}
		}
	}

	/**
	 * The masked forms of the column {@code masked_values}.
	 * @param maskedValues the forms, escaped, one per line
	 * @return the forms, in hash order
	 */
	public static List<String> maskedForms(String maskedValues) {
		List<String> forms = new ArrayList<>();
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < maskedValues.length(); i++) {
			char c = maskedValues.charAt(i);
			if (c == '\n') {
				forms.add(form.toString());
				form.setLength(0);
			}
			else if (c == '\\' && i + 1 < maskedValues.length()) {
				char next = maskedValues.charAt(++i);
				form.append((next == 'n') ? '\n' : next);
			}
			else {
				form.append(c);
			}
		}
		forms.add(form.toString());
		return forms;
	}

	/** Receives one value of a set. */
	@FunctionalInterface
	public interface ValueVisitor {

		/**
		 * One value.
		 * @param valueHash its keyed hash
		 * @param maskedValue its masked form
		 * @param firstLine the line of its first occurrence
		 */
		void visit(String valueHash, String maskedValue, int firstLine);

	}

}
