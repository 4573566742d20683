package com.breachimpact.persons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code person_record} table: the person records of each item, keyed hashes only.
 */
public class JdbcPersonRecordRepository {

	private static final String INSERT = """
			INSERT INTO person_record (run_id, item_id, location, record_no, ssn_hashes, card_hashes, account_hashes,
			    name_hash, dob_hash, elements, residence)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	public JdbcPersonRecordRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Insert person records (in the caller's transaction).
	 * @param rows the rows of {@link #row(long, long, String, int, PersonRecord)}
	 */
	public void insert(List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(INSERT, rows);
		}
	}

	/**
	 * Delete the person records of items classified anew.
	 * @param itemIds one array of one item id per item
	 */
	public void deleteOfItems(List<Object[]> itemIds) {
		if (!itemIds.isEmpty()) {
			this.jdbc.batchUpdate("DELETE FROM person_record WHERE item_id = ?", itemIds);
		}
	}

	/**
	 * Give carried items the person records of their source items.
	 * @param carriedFrom the
	 * {@code FROM inventory_item t JOIN inventory_item s ... WHERE} clause of the carried
	 * items, with one parameter (the run)
	 * @param runId the run
	 */
	public void carry(String carriedFrom, long runId) {
		this.jdbc
			.update("""
					INSERT INTO person_record (run_id, item_id, location, record_no, ssn_hashes, card_hashes, account_hashes,
					    name_hash, dob_hash, elements, residence)
					SELECT t.run_id, t.item_id, p.location, p.record_no, p.ssn_hashes, p.card_hashes, p.account_hashes, p.name_hash,
					    p.dob_hash, p.elements, p.residence
					"""
					+ carriedFrom.replace("WHERE", "JOIN person_record p ON p.item_id = s.item_id WHERE"), runId);
	}

	/**
	 * The person records of the leaves attributed to a client in a run, leaving out
	 * attributions an investigator rejected.
	 * @param runId the run
	 * @param clientId the client
	 * @return the records
	 */
	public List<PersonRecord> ofClient(long runId, String clientId) {
		List<PersonRecord> records = new ArrayList<>();
		// the records of a client share a few combinations of elements: each decoded once
		Map<String, Set<DataElement>> decoded = new HashMap<>();
		this.jdbc.query("""
				SELECT p.ssn_hashes, p.card_hashes, p.account_hashes, p.name_hash, p.dob_hash, p.elements, p.residence
				FROM person_record p JOIN item_attribution a ON a.item_id = p.item_id AND a.location = p.location
				WHERE a.run_id = ? AND a.client_id = ? AND COALESCE(a.review_status, 'unreviewed') <> 'rejected'
				ORDER BY p.item_id, p.record_no""", (row) -> {
			records.add(new PersonRecord(hashes(row.getString("ssn_hashes")), hashes(row.getString("card_hashes")),
					hashes(row.getString("account_hashes")), row.getString("name_hash"), row.getString("dob_hash"),
					decoded.computeIfAbsent(nullToEmpty(row.getString("elements")),
							JdbcPersonRecordRepository::elements),
					row.getString("residence")));
		}, runId, clientId);
		return records;
	}

	/**
	 * The row of a person record.
	 * @param runId the run
	 * @param itemId the item
	 * @param location the leaf: the member path inside the item, {@code ""} for the item
	 * @param recordNo its 1-based number in the item
	 * @param record the record
	 * @return the insert parameters
	 */
	public static Object[] row(long runId, long itemId, String location, int recordNo, PersonRecord record) {
		return new Object[] { runId, itemId, location, recordNo, String.join(" ", record.ssns()),
				String.join(" ", record.cards()), String.join(" ", record.accounts()), record.name(), record.dob(),
				record.elements().stream().sorted().map(DataElement::code).collect(Collectors.joining(",")),
				record.residence() };
	}

	private static Set<String> hashes(String joined) {
		return (joined == null || joined.isEmpty()) ? Set.of() : Set.copyOf(Arrays.asList(joined.split(" ")));
	}

	private static Set<DataElement> elements(String joined) {
		Set<DataElement> elements = EnumSet.noneOf(DataElement.class);
		if (!joined.isEmpty()) {
			Arrays.stream(joined.split(",")).map(DataElement::ofCode).forEach(elements::add);
		}
		return Collections.unmodifiableSet(elements);
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
