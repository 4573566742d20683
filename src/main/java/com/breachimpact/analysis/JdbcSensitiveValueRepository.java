package com.breachimpact.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.breachimpact.classification.SensitiveCategory;
import com.breachimpact.inventory.JdbcInventoryItemRepository;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The table {@code sensitive_value_set}: the sensitive values of each leaf of an item,
 * one row per leaf and category ({@link SensitiveValueSet}), masked forms and keyed
 * hashes only. Counts over a client's leaves are read here: distinct values are the union
 * of the leaves' sets of keyed hashes, computed in Java. Rejected attributions count
 * nowhere.
 */
public class JdbcSensitiveValueRepository {

	private static final String INSERT = """
			INSERT INTO sensitive_value_set (run_id, item_id, location, category, distinct_values, occurrences,
			    first_line, value_hashes, value_lines, masked_values)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String DELETE_OF_ITEM = "DELETE FROM sensitive_value_set WHERE item_id = ?";

	/** Sensitive data depends on content only: carried whenever the content is. */
	private static final String CARRY = """
			INSERT INTO sensitive_value_set (run_id, item_id, location, category, distinct_values, occurrences,
			    first_line, value_hashes, value_lines, masked_values)
			SELECT t.run_id, t.item_id, v.location, v.category, v.distinct_values, v.occurrences, v.first_line,
			    v.value_hashes, v.value_lines, v.masked_values
			""" + JdbcInventoryItemRepository.CARRIED_CONTENT.replace("WHERE",
			"JOIN sensitive_value_set v ON v.item_id = s.item_id WHERE");

	/** The sets of a client's counted leaves in a run. */
	private static final String SETS_OF_CLIENT = """
			SELECT v.category, v.occurrences, v.value_hashes, COALESCE(i.sensitive_incomplete, FALSE) AS incomplete
			FROM sensitive_value_set v
			JOIN item_attribution a ON a.item_id = v.item_id AND a.location = v.location
			JOIN inventory_item i ON i.item_id = v.item_id
			WHERE a.run_id = ? AND a.client_id = ? AND %s""".formatted(JdbcItemAttributionRepository.COUNTED);

	/** The totals per leaf and category of a client's counted leaves in a run. */
	private static final String LEAF_TOTALS_OF_CLIENT = """
			SELECT v.item_id, v.location, v.category, v.occurrences, v.distinct_values
			FROM sensitive_value_set v JOIN item_attribution a ON a.item_id = v.item_id AND a.location = v.location
			WHERE a.run_id = ? AND a.client_id = ? AND %s
			ORDER BY v.item_id, v.location, v.category""".formatted(JdbcItemAttributionRepository.COUNTED);

	/** The occurrences per category of every client's counted leaves in a run. */
	private static final String OCCURRENCES_BY_CLIENT = """
			SELECT a.client_id, v.category, SUM(v.occurrences) AS occurrences
			FROM sensitive_value_set v JOIN item_attribution a ON a.item_id = v.item_id AND a.location = v.location
			WHERE a.run_id = ? AND %s GROUP BY a.client_id, v.category"""
		.formatted(JdbcItemAttributionRepository.COUNTED);

	/**
	 * The sets of some categories in the items (any leaf) a client has counted
	 * attributions in, once per such attribution; completed by the category list.
	 */
	private static final String ITEM_SETS_OF_CLIENT = """
			SELECT i.rel_path, v.location, v.category, v.value_hashes, v.value_lines, v.masked_values
			FROM sensitive_value_set v JOIN item_attribution a ON a.item_id = v.item_id
			JOIN inventory_item i ON i.item_id = v.item_id
			WHERE a.run_id = ? AND a.client_id = ? AND %s AND v.category IN (%s)
			ORDER BY i.rel_path, v.location""";

	/**
	 * The keyed hashes of some categories in the items a client has counted attributions
	 * in, with the run of each attribution, over the runs of a case up to one; completed
	 * by the category list.
	 */
	private static final String ITEM_HASHES_OF_CLIENT_IN_CASE = """
			SELECT v.category, v.value_hashes, a.run_id FROM sensitive_value_set v
			JOIN item_attribution a ON a.item_id = v.item_id JOIN scan_run r ON r.run_id = a.run_id
			WHERE r.case_name = ? AND a.run_id <= ? AND a.client_id = ? AND %s AND v.category IN (%s)""";

	private final JdbcTemplate jdbc;

	public JdbcSensitiveValueRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The rows of an item's sensitive values: one per leaf and category.
	 * @param runId the run
	 * @param itemId the item
	 * @param values its distinct values
	 * @return the insert parameters
	 */
	public static List<Object[]> rows(long runId, long itemId, List<SensitiveValue> values) {
		List<Object[]> rows = new ArrayList<>();
		for (SensitiveValueSet set : SensitiveValueSet.of(values)) {
			rows.add(new Object[] { runId, itemId, set.location(), set.category().name(), set.distinctValues(),
					set.occurrences(), set.firstLine(), set.valueHashes(), set.valueLines(), set.maskedValues() });
		}
		return rows;
	}

	/**
	 * Insert rows (in the caller's transaction).
	 * @param rows the rows of {@link #rows(long, long, List)}
	 */
	public void insert(List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(INSERT, rows);
		}
	}

	/**
	 * Delete the sensitive values of items classified anew.
	 * @param itemIds one array of one item id per item
	 */
	public void deleteOfItems(List<Object[]> itemIds) {
		if (!itemIds.isEmpty()) {
			this.jdbc.batchUpdate(DELETE_OF_ITEM, itemIds);
		}
	}

	/**
	 * Give the items of a run that reuse analysed content the sensitive values of their
	 * source items.
	 * @param runId the run
	 */
	public void carryForward(long runId) {
		this.jdbc.update(CARRY, runId);
	}

	/**
	 * The totals per category of the leaves attributed to a client in a run.
	 * @param runId the run
	 * @param clientId the client
	 * @return one total per category found, in no particular order
	 */
	public List<CategoryTotals> totalsOfClient(long runId, String clientId) {
		Map<SensitiveCategory, TotalsBuilder> totals = new EnumMap<>(SensitiveCategory.class);
		this.jdbc.query(SETS_OF_CLIENT, (RowCallbackHandler) (row) -> {
			TotalsBuilder category = totals.computeIfAbsent(SensitiveCategory.valueOf(row.getString("category")),
					(key) -> new TotalsBuilder());
			category.occurrences += row.getLong("occurrences");
			category.hashes.add(row.getString("value_hashes"));
			category.leaves++;
			category.incomplete |= row.getBoolean("incomplete");
		}, runId, clientId);
		List<CategoryTotals> result = new ArrayList<>();
		totals.forEach((category, builder) -> result.add(new CategoryTotals(category, builder.occurrences,
				builder.hashes.size(), builder.leaves, builder.incomplete)));
		return result;
	}

	/**
	 * Visit the totals per leaf and category of the leaves attributed to a client in a
	 * run, by item, location and category.
	 * @param runId the run
	 * @param clientId the client
	 * @param visitor receives each leaf's totals of one category
	 */
	public void leafTotalsOfClient(long runId, String clientId, LeafTotalsVisitor visitor) {
		this.jdbc.query(LEAF_TOTALS_OF_CLIENT,
				(RowCallbackHandler) (row) -> visitor.visit(row.getLong("item_id"), row.getString("location"),
						row.getString("category"), row.getLong("occurrences"), row.getLong("distinct_values")),
				runId, clientId);
	}

	/**
	 * The occurrences per category of every client's attributed leaves in a run.
	 * @param runId the run
	 * @return occurrences per category per client id, for clients with sensitive data
	 */
	public Map<String, Map<SensitiveCategory, Long>> occurrencesByClient(long runId) {
		Map<String, Map<SensitiveCategory, Long>> counts = new HashMap<>();
		this.jdbc.query(OCCURRENCES_BY_CLIENT,
				(RowCallbackHandler) (row) -> counts
					.computeIfAbsent(row.getString("client_id"), (id) -> new EnumMap<>(SensitiveCategory.class))
					.put(SensitiveCategory.valueOf(row.getString("category")), row.getLong("occurrences")),
				runId);
		return counts;
	}

	/**
	 * Visit the values of some categories in the items a client has attributions in (any
	 * leaf of the item, once per attribution), by path, location, first line, category
	 * and keyed hash.
	 * @param runId the run
	 * @param clientId the client
	 * @param categories the categories
	 * @param visitor receives each value
	 */
	public void valuesInItemsOfClient(long runId, String clientId, List<SensitiveCategory> categories,
			ItemValueVisitor visitor) {
		List<ItemValue> leaf = new ArrayList<>();
		String[] leafKey = new String[1];
		Runnable flush = () -> {
			leaf.sort(Comparator.comparingInt(ItemValue::line)
				.thenComparing(ItemValue::category)
				.thenComparing(ItemValue::valueHash));
			leaf.forEach((value) -> visitor.visit(value.category(), value.maskedValue(), value.valueHash(),
					value.path(), value.location(), value.line()));
			leaf.clear();
		};
		this.jdbc.query(ITEM_SETS_OF_CLIENT.formatted(JdbcItemAttributionRepository.COUNTED, inList(categories)),
				(RowCallbackHandler) (row) -> {
					String path = row.getString("rel_path");
					String location = row.getString("location");
					String category = row.getString("category");
					String key = path + '\u0000' + location;
					if (!key.equals(leafKey[0])) {
						flush.run();
						leafKey[0] = key;
					}
					SensitiveValueSet.forEachValue(row.getString("value_hashes"), row.getString("value_lines"),
							row.getString("masked_values"), (hash, masked, line) -> leaf
								.add(new ItemValue(category, masked, hash, path, location, line)));
				}, runId, clientId);
		flush.run();
	}

	/**
	 * The first run of a case that found each value of some categories in a client's
	 * items.
	 * @param caseName the case
	 * @param runId the last run to consider
	 * @param clientId the client
	 * @param categories the categories
	 * @return run id per category and keyed hash ({@code CATEGORY:hash})
	 */
	public Map<String, Long> firstRunsInItemsOfClient(String caseName, long runId, String clientId,
			List<SensitiveCategory> categories) {
		Map<String, Long> first = new HashMap<>();
		this.jdbc.query(
				ITEM_HASHES_OF_CLIENT_IN_CASE.formatted(JdbcItemAttributionRepository.COUNTED, inList(categories)),
				(RowCallbackHandler) (row) -> {
					String category = row.getString("category");
					long run = row.getLong("run_id");
					SensitiveValueSet.forEachHash(row.getString("value_hashes"),
							(hash) -> first.merge(category + ':' + hash, run, Math::min));
				}, caseName, runId, clientId);
		return first;
	}

	private static String inList(List<SensitiveCategory> categories) {
		return categories.stream().map((category) -> "'" + category.name() + "'").collect(Collectors.joining(", "));
	}

	/**
	 * The sensitive data of one category in a client's leaves.
	 *
	 * @param category the category
	 * @param occurrences how often its values occur
	 * @param distinctValues how many distinct values, across leaves
	 * @param leaves how many leaves hold one
	 * @param incomplete whether the classification of one of those items was cut short
	 */
	public record CategoryTotals(SensitiveCategory category, long occurrences, long distinctValues, long leaves,
			boolean incomplete) {

	}

	/** Receives the totals of one category in one leaf. */
	@FunctionalInterface
	public interface LeafTotalsVisitor {

		/**
		 * One leaf's totals of one category.
		 * @param itemId the item
		 * @param location the leaf's location in the item
		 * @param category the category name
		 * @param occurrences how often its values occur
		 * @param distinctValues how many distinct values
		 */
		void visit(long itemId, String location, String category, long occurrences, long distinctValues);

	}

	/** Receives one value in one leaf of an item. */
	@FunctionalInterface
	public interface ItemValueVisitor {

		/**
		 * One value.
		 * @param category the category name
		 * @param maskedValue its masked form
		 * @param valueHash its keyed hash
		 * @param path the item's path
		 * @param location the leaf's location in the item
		 * @param line the line of its first occurrence
		 */
		void visit(String category, String maskedValue, String valueHash, String path, String location, int line);

	}

	private record ItemValue(String category, String maskedValue, String valueHash, String path, String location,
			int line) {

	}

	private static final class TotalsBuilder {

		private final KeyedHashUnion hashes = new KeyedHashUnion();

		private long occurrences;

		private long leaves;

		private boolean incomplete;

	}

}
