package com.breachimpact.inventory;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.breachimpact.database.DatabaseDialect;
import com.breachimpact.extraction.ExtractionStatus;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The table {@code inventory_item}: the ledger, one row per entry of the inventory (file,
 * link, special file or embedded member) per run, with its status and the analysis it
 * reuses. Also the selections of items that the tables of findings join on when a rerun
 * carries results over. Statements and methods follow a run: ingest, pending items,
 * analysis, rerun, review look-ups, reports.
 */
@Repository
public class JdbcInventoryItemRepository {

	private static final String INSERT_ENTRY = """
			INSERT INTO inventory_item (run_id, rel_path, entry_type, size_bytes, modified_at, sha256, status, reason, detail,
			    parent_path, source_item_id, reuse, platform_user, platform_folder, transferred_at)
			""";

	/**
	 * A ledger entry, on PostgreSQL: the unique key decides, whatever the planner knows
	 * of the table (a {@code NOT EXISTS} plan cached before the table had statistics
	 * scans every row of the run for each insert).
	 */
	private static final String INSERT_ENTRY_POSTGRESQL = INSERT_ENTRY + """
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (run_id, rel_path) DO NOTHING""";

	/** A ledger entry, on the embedded database, which has no {@code ON CONFLICT}. */
	private static final String INSERT_ENTRY_H2 = INSERT_ENTRY + """
			SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
			WHERE NOT EXISTS (SELECT 1 FROM inventory_item WHERE run_id = ? AND rel_path = ?)""";

	/**
	 * Failure reasons of the run's circumstances, not of the content: worth a new attempt
	 * on a rerun.
	 */
	private static final String RETRY_REASONS = Stream.concat(
			Arrays.stream(ExtractionStatus.values()).filter(ExtractionStatus::isTransient).map(ExtractionStatus::code),
			Stream.of(FailureReasons.CHANGED))
		.map((code) -> "'" + code + "'")
		.collect(Collectors.joining(", ", "(", ")"));

	/** The files of a folder of a run, and whether a rerun may reuse their analysis. */
	private static final String FILES_IN_FOLDER = """
			SELECT item_id, rel_path, size_bytes, modified_at, sha256,
			       CASE WHEN status = 'analysed' OR (status = 'failed' AND reason NOT IN %s) THEN TRUE ELSE FALSE END
			           AS reusable
			FROM inventory_item WHERE run_id = ? AND parent_path = ? AND entry_type = 'file'"""
		.formatted(RETRY_REASONS);

	/** The columns of {@link LedgerItem} that the readers of pending items read. */
	public static final String PENDING_SELECT = "SELECT item_id, rel_path AS relative_path, size_bytes AS size, sha256";

	/** The table the readers of pending items read. */
	public static final String PENDING_FROM = "FROM inventory_item";

	/**
	 * The pending items of a run ({@code :runId}), followed by {@code AND} and the
	 * reader's own condition.
	 */
	public static final String PENDING_WHERE = "WHERE run_id = :runId AND status = 'pending' AND ";

	/** The sort key of the readers of pending items. */
	public static final String PENDING_SORT_KEY = "item_id";

	private static final String PENDING_TOTALS = """
			SELECT COUNT(*), COALESCE(SUM(size_bytes), 0) FROM inventory_item WHERE run_id = ? AND status = 'pending'""";

	private static final String PENDING_SIZES = """
			SELECT item_id, size_bytes FROM inventory_item WHERE run_id = ? AND status = 'pending' ORDER BY item_id""";

	/** Rows fetched at a time when streaming a run's pending items. */
	private static final int PENDING_FETCH_SIZE = 10_000;

	private static final String RECORD_ANALYSIS = """
			UPDATE inventory_item SET status = ?, reason = ?, detail = ?, media_type = ?, text_chars = ?, parts = ?,
			    records = ?, sensitive_incomplete = ?, quality_flags = ?
			WHERE item_id = ?""";

	/** A member of a file: a row of its own, unless a restart wrote it already. */
	private static final String INSERT_MEMBER = """
			INSERT INTO inventory_item (run_id, rel_path, entry_type, media_type, status, reason, detail, text_chars,
			    parent_item_id, parent_path)
			SELECT ?, i.rel_path || '!/' || ?, 'member', ?, ?, ?, ?, ?, i.item_id, i.rel_path
			FROM inventory_item i WHERE i.item_id = ?
			  AND NOT EXISTS (SELECT 1 FROM inventory_item m WHERE m.run_id = i.run_id
			      AND m.rel_path = i.rel_path || '!/' || ?)""";

	/**
	 * Pending items (alias {@code t}) of a run whose source ({@code s}) is analysed at
	 * the same path under the same registry version, so that their analysis is taken over
	 * whole. {@code %s} is the join of the table carried; one parameter: the run. Joins
	 * only, so that both PostgreSQL and H2 plan it as one pass.
	 */
	private static final String CARRIED_WHOLE = """
			FROM inventory_item t
			JOIN inventory_item s ON s.item_id = t.source_item_id
			JOIN scan_run sr ON sr.run_id = s.run_id
			JOIN scan_run tr ON tr.run_id = t.run_id
			%s
			WHERE t.run_id = ? AND t.status = 'pending' AND s.status <> 'pending' AND s.rel_path = t.rel_path
			  AND sr.registry_sha256 = tr.registry_sha256""";

	/**
	 * Pending items (alias {@code t}) of a run whose source ({@code s}) is analysed and
	 * that are not to be re-mapped: they take over the source's content-only results
	 * (sensitive data, people). One parameter: the run.
	 */
	public static final String CARRIED_CONTENT = """
			FROM inventory_item t JOIN inventory_item s ON s.item_id = t.source_item_id
			WHERE t.run_id = ? AND t.status = 'pending' AND s.status <> 'pending'
			  AND (t.reuse IS NULL OR t.reuse <> 'remap')""";

	/**
	 * Pending items get the first analysed item of the same content in an earlier run of
	 * the case as their source.
	 */
	private static final String LINK_TO_EARLIER_CONTENT = """
			UPDATE inventory_item SET reuse = 'same-content', source_item_id = (
			    SELECT MIN(s.item_id) FROM inventory_item s JOIN scan_run sr ON sr.run_id = s.run_id
			    WHERE s.sha256 = inventory_item.sha256 AND s.run_id < inventory_item.run_id
			      AND s.status = 'analysed' AND sr.case_name = (SELECT case_name FROM scan_run WHERE run_id = ?))
			WHERE run_id = ? AND status = 'pending' AND source_item_id IS NULL AND EXISTS (
			    SELECT 1 FROM inventory_item s JOIN scan_run sr ON sr.run_id = s.run_id
			    WHERE s.sha256 = inventory_item.sha256 AND s.run_id < inventory_item.run_id
			      AND s.status = 'analysed' AND sr.case_name = (SELECT case_name FROM scan_run WHERE run_id = ?))""";

	/**
	 * Pending items get the first item of the same content in the run as their source.
	 */
	private static final String LINK_TO_REPEATED_CONTENT = """
			UPDATE inventory_item SET reuse = 'same-content', source_item_id = (
			    SELECT MIN(s.item_id) FROM inventory_item s
			    WHERE s.run_id = inventory_item.run_id AND s.sha256 = inventory_item.sha256
			      AND s.item_id < inventory_item.item_id AND s.status = 'pending' AND s.source_item_id IS NULL)
			WHERE run_id = ? AND status = 'pending' AND source_item_id IS NULL AND EXISTS (
			    SELECT 1 FROM inventory_item s
			    WHERE s.run_id = inventory_item.run_id AND s.sha256 = inventory_item.sha256
			      AND s.item_id < inventory_item.item_id AND s.status = 'pending' AND s.source_item_id IS NULL)""";

	private static final String CARRY_MEMBERS = """
			INSERT INTO inventory_item (run_id, rel_path, entry_type, media_type, status, reason, detail, text_chars,
			    parent_item_id, parent_path)
			SELECT t.run_id, m.rel_path, m.entry_type, m.media_type, m.status, m.reason, m.detail, m.text_chars,
			    t.item_id, m.parent_path
			""" + carriedWhole("JOIN inventory_item m ON m.parent_item_id = s.item_id");

	private static final String TAKE_OVER_ANALYSES = """
			MERGE INTO inventory_item target
			USING (SELECT t.item_id AS target_id, s.status, s.reason, s.detail, s.media_type, s.text_chars, s.parts,
			           s.records, s.sensitive_incomplete, s.quality_flags
			       """ + carriedWhole("") + """
			) source ON (target.item_id = source.target_id)
			WHEN MATCHED THEN UPDATE SET status = source.status, reason = source.reason, detail = source.detail,
			    media_type = source.media_type, text_chars = source.text_chars, parts = source.parts,
			    records = source.records, sensitive_incomplete = source.sensitive_incomplete,
			    quality_flags = source.quality_flags""";

	private static final String MARK_FOR_REMAP = """
			UPDATE inventory_item SET reuse = 'remap'
			WHERE run_id = ? AND status = 'pending' AND source_item_id IS NOT NULL
			  AND (reuse IS NULL OR reuse <> 'remap')
			  AND EXISTS (SELECT 1 FROM inventory_item s WHERE s.item_id = inventory_item.source_item_id
			      AND s.status <> 'pending')""";

	private static final String SOURCE_FACTS = """
			SELECT s.records, s.sensitive_incomplete FROM inventory_item t
			JOIN inventory_item s ON s.item_id = t.source_item_id WHERE t.item_id = ?""";

	private static final String FILES_WITH_CONTENT = """
			SELECT item_id FROM inventory_item WHERE run_id = ? AND sha256 = ? AND entry_type = 'file' ORDER BY item_id""";

	private static final String FIRST_FILE_WITH_CONTENT = """
			SELECT MIN(item_id) FROM inventory_item WHERE run_id = ? AND sha256 = ? AND entry_type = 'file'
			HAVING COUNT(*) > 0""";

	private static final String FILES_WITH_CONTENT_IN_CASE = """
			SELECT i.item_id FROM inventory_item i JOIN scan_run r ON r.run_id = i.run_id
			WHERE r.case_name = ? AND i.sha256 = ? AND i.entry_type = 'file'
			ORDER BY i.run_id DESC, i.item_id""";

	private static final String FILE_AT = """
			SELECT item_id, sha256 FROM inventory_item WHERE run_id = ? AND rel_path = ? AND entry_type = 'file'""";

	private static final String PATH_OF = "SELECT rel_path FROM inventory_item WHERE item_id = ?";

	private static final String COUNT_MEMBERS_AT = """
			SELECT COUNT(*) FROM inventory_item m JOIN inventory_item i ON i.item_id = m.parent_item_id
			WHERE i.item_id = ? AND m.rel_path = i.rel_path || '!/' || ?""";

	private static final String FAILED_FILES = """
			SELECT item_id, rel_path, sha256 FROM inventory_item
			WHERE run_id = ? AND status = 'failed' AND entry_type = 'file'""";

	/** Members are accounted for within their file. */
	private static final String COUNT_BY_STATUS_AND_REASON = """
			SELECT status, reason, COUNT(*) AS n FROM inventory_item WHERE run_id = ? AND entry_type <> 'member'
			GROUP BY status, reason""";

	private static final String ANALYSED_BYTES = """
			SELECT COALESCE(SUM(size_bytes), 0) FROM inventory_item WHERE run_id = ? AND status = 'analysed'""";

	private static final String PROBLEMS = """
			FROM inventory_item WHERE run_id = ? AND (status = 'failed' OR sensitive_incomplete = TRUE)""";

	private static final String COUNT_PROBLEMS = "SELECT COUNT(*) " + PROBLEMS;

	private static final String FIRST_PROBLEMS = "SELECT rel_path, status, reason, detail, sensitive_incomplete "
			+ PROBLEMS + " ORDER BY status, reason, rel_path LIMIT ?";

	private static final String LEDGER = """
			SELECT rel_path, entry_type, size_bytes, modified_at, sha256, media_type, status, reason, detail,
			       text_chars, parts, quality_flags, reuse
			FROM inventory_item WHERE run_id = ? ORDER BY rel_path""";

	private final JdbcTemplate jdbc;

	private static final String ANALYZE = "ANALYZE inventory_item";

	private volatile DatabaseDialect dialect;

	public JdbcInventoryItemRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Record ledger entries of a run, in one batch (in the caller's transaction); an
	 * entry already recorded for the run (a restart walking over what it had written) is
	 * left as it is.
	 * @param runId the run
	 * @param entries the rows of {@link #entryRow}
	 */
	public void insertEntries(long runId, List<Object[]> entries) {
		if (dialect() == DatabaseDialect.POSTGRESQL) {
			this.jdbc.batchUpdate(INSERT_ENTRY_POSTGRESQL, entries);
			return;
		}
		List<Object[]> keyed = new ArrayList<>(entries.size());
		for (Object[] row : entries) {
			// the NOT EXISTS key of the embedded database's statement
			Object[] withKey = Arrays.copyOf(row, row.length + 2);
			withKey[row.length] = runId;
			withKey[row.length + 1] = row[1];
			keyed.add(withKey);
		}
		this.jdbc.batchUpdate(INSERT_ENTRY_H2, keyed);
	}

	/**
	 * The row of one ledger entry, for {@link #insertEntries}.
	 * @param runId the run
	 * @param relativePath its path in the inventory
	 * @param entryType its entry type's code
	 * @param size its size
	 * @param modifiedAt when it was last modified
	 * @param sha256 its content, or {@code null}
	 * @param status its status's code
	 * @param reason why it failed, or {@code null}
	 * @param detail the file system's message, or {@code null}
	 * @param sourceItemId the unchanged file of the previous run whose analysis it
	 * reuses, or {@code null}
	 * @param manifest what the inventory's manifest says of it, or {@code null}
	 * @return the row's values
	 */
	public static Object[] entryRow(long runId, String relativePath, String entryType, long size, Instant modifiedAt,
			String sha256, String status, String reason, String detail, Long sourceItemId, ManifestRecord manifest) {
		return new Object[] { runId, relativePath, entryType, size, Timestamp.from(modifiedAt), sha256, status, reason,
				detail, InventoryFolders.parent(relativePath), sourceItemId,
				(sourceItemId != null) ? "unchanged" : null, (manifest != null) ? manifest.platformUser() : null,
				(manifest != null) ? manifest.platformFolder() : null,
				(manifest != null) ? manifest.transferredAt() : null };
	}

	private DatabaseDialect dialect() {
		DatabaseDialect known = this.dialect;
		if (known == null) {
			known = DatabaseDialect.of(this.jdbc.getDataSource());
			this.dialect = known;
		}
		return known;
	}

	/**
	 * The files of one folder of a run.
	 * @param runId the run
	 * @param folder the folder's path in the inventory
	 * @return the files by path
	 */
	public Map<String, PreviousItem> filesInFolder(long runId, String folder) {
		Map<String, PreviousItem> files = new HashMap<>();
		this.jdbc.query(FILES_IN_FOLDER, (row) -> {
			files.put(row.getString("rel_path"), new PreviousItem(row.getLong("item_id"), row.getLong("size_bytes"),
					row.getTimestamp("modified_at").toInstant(), row.getString("sha256"), row.getBoolean("reusable")));
		}, runId, folder);
		return files;
	}

	/**
	 * The number and bytes of the pending items of a run.
	 * @param runId the run
	 * @return {@code [items, bytes]}
	 */
	public long[] pendingTotals(long runId) {
		return this.jdbc.queryForObject(PENDING_TOTALS, (row, n) -> new long[] { row.getLong(1), row.getLong(2) },
				runId);
	}

	/**
	 * Stream the pending items of a run in id order, with their sizes (column 1 the item
	 * id, 2 its size). PostgreSQL streams them only inside a transaction.
	 * @param runId the run
	 * @param rows called with each item
	 */
	public void pendingSizes(long runId, RowCallbackHandler rows) {
		this.jdbc.query((connection) -> {
			PreparedStatement statement = connection.prepareStatement(PENDING_SIZES);
			statement.setFetchSize(PENDING_FETCH_SIZE);
			statement.setLong(1, runId);
			return statement;
		}, rows);
	}

	/**
	 * Record the final status and facts of analysed items, in one batch (in the caller's
	 * transaction).
	 * @param rows the rows of {@link #analysisRow}
	 */
	public void recordAnalyses(List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(RECORD_ANALYSIS, rows);
		}
	}

	/**
	 * The row of one analysed item, for {@link #recordAnalyses(List)}.
	 * @param itemId the item
	 * @param status its final status's code
	 * @param reason why it failed, or {@code null}
	 * @param detail the parser's or file system's message, or {@code null}
	 * @param mediaType its media type
	 * @param textChars characters of text extracted
	 * @param parts parts extracted
	 * @param records structured records read
	 * @param sensitiveIncomplete whether classification was cut short
	 * @param qualityFlags warnings on the extracted text
	 * @return the row's values
	 */
	public static Object[] analysisRow(long itemId, String status, String reason, String detail, String mediaType,
			long textChars, int parts, long records, boolean sensitiveIncomplete, String qualityFlags) {
		return new Object[] { status, reason, detail, mediaType, textChars, parts, records, sensitiveIncomplete,
				qualityFlags, itemId };
	}

	/**
	 * Insert the rows of embedded members, in one batch (in the caller's transaction); a
	 * member already recorded is left as it is.
	 * @param rows the rows of {@link #memberRow}
	 */
	public void insertMembers(List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_MEMBER, rows);
		}
	}

	/**
	 * The row of one embedded member, for {@link #insertMembers(List)}.
	 * @param runId the run
	 * @param fileItemId the file's item
	 * @param memberPath the member's path inside the file
	 * @param mediaType its media type
	 * @param status its status's code
	 * @param reason why it failed, or {@code null}
	 * @param detail the parser's message, or {@code null}
	 * @param textChars characters of text extracted
	 * @return the row's values
	 */
	public static Object[] memberRow(long runId, long fileItemId, String memberPath, String mediaType, String status,
			String reason, String detail, int textChars) {
		return new Object[] { runId, memberPath, mediaType, status, reason, detail, textChars, fileItemId, memberPath };
	}

	/**
	 * The {@code FROM ... WHERE} clause of the pending items of a run that take over
	 * their source's analysis whole (same path, same registry version): items {@code t},
	 * sources {@code s}, one parameter (the run).
	 * @param join the join of the carried table on the source ({@code s.item_id}), or
	 * {@code ""}
	 * @return the clause
	 */
	public static String carriedWhole(String join) {
		return CARRIED_WHOLE.formatted(join);
	}

	/**
	 * Bring the database's statistics of the ledger up to date after an ingest, on
	 * PostgreSQL: the queries that follow (content links, pending items) are planned from
	 * them, and the thousands of rows an ingest has just added are not in them until
	 * autovacuum gets round to it (if it runs at all). Without them the content-link
	 * update of a first run of 10,000 files took 13 s instead of a fraction of one
	 * (bench/README). The embedded database needs no such step.
	 */
	public void refreshStatistics() {
		if (dialect() == DatabaseDialect.POSTGRESQL) {
			this.jdbc.execute(ANALYZE);
		}
	}

	/**
	 * Link a run's pending items to the first analysed item of the same content in an
	 * earlier run of the case.
	 * @param runId the run
	 * @return how many items were linked
	 */
	public int linkToEarlierContent(long runId) {
		return this.jdbc.update(LINK_TO_EARLIER_CONTENT, runId, runId, runId);
	}

	/**
	 * Link a run's pending items still without a source to the first item of the same
	 * content in the run.
	 * @param runId the run
	 * @return how many items were linked
	 */
	public int linkToRepeatedContent(long runId) {
		return this.jdbc.update(LINK_TO_REPEATED_CONTENT, runId);
	}

	/**
	 * Give the pending items of a run that take over their source's analysis whole the
	 * source's embedded members.
	 * @param runId the run
	 */
	public void carryMembersForward(long runId) {
		this.jdbc.update(CARRY_MEMBERS, runId);
	}

	/**
	 * Give the pending items of a run that take over their source's analysis whole the
	 * source's final status and facts: they are no longer pending.
	 * @param runId the run
	 * @return how many items took over their source's analysis
	 */
	public int takeOverAnalyses(long runId) {
		return this.jdbc.update(TAKE_OVER_ANALYSES, runId);
	}

	/**
	 * Mark the pending items of a run whose source is analysed, and that did not take it
	 * over whole, for re-mapping from the cached text.
	 * @param runId the run
	 * @return how many items were marked
	 */
	public int markForRemap(long runId) {
		return this.jdbc.update(MARK_FOR_REMAP, runId);
	}

	/**
	 * The facts of the source of an item that its re-mapping keeps.
	 * @param itemId the item, which has a source
	 * @return the source's facts
	 * @throws org.springframework.dao.EmptyResultDataAccessException if the item has no
	 * source
	 */
	public SourceFacts sourceFacts(long itemId) {
		return this.jdbc.queryForObject(SOURCE_FACTS, (row, n) -> {
			Number records = (Number) row.getObject("records");
			Boolean incomplete = (Boolean) row.getObject("sensitive_incomplete");
			return new SourceFacts((records != null) ? records.longValue() : 0, Boolean.TRUE.equals(incomplete));
		}, itemId);
	}

	/**
	 * The files of a run with a content.
	 * @param runId the run
	 * @param sha256 the content
	 * @return their item ids, in order
	 */
	public List<Long> filesWithContent(long runId, String sha256) {
		return this.jdbc.queryForList(FILES_WITH_CONTENT, Long.class, runId, sha256);
	}

	/**
	 * A file with a content: the first of a run, else the first of the case's latest run
	 * that has it.
	 * @param caseName the case
	 * @param preferredRunId the run looked in first
	 * @param sha256 the content
	 * @return the item id, or empty when no run of the case has the content
	 */
	public Optional<Long> fileWithContent(String caseName, long preferredRunId, String sha256) {
		List<Long> inRun = this.jdbc.queryForList(FIRST_FILE_WITH_CONTENT, Long.class, preferredRunId, sha256);
		if (!inRun.isEmpty()) {
			return Optional.of(inRun.get(0));
		}
		List<Long> inCase = this.jdbc.queryForList(FILES_WITH_CONTENT_IN_CASE, Long.class, caseName, sha256);
		return inCase.isEmpty() ? Optional.empty() : Optional.of(inCase.get(0));
	}

	/**
	 * The file at a path of a run.
	 * @param runId the run
	 * @param relativePath the path in the inventory
	 * @return the file, or empty when the run has no file there
	 */
	public Optional<StoredFile> fileAt(long runId, String relativePath) {
		List<StoredFile> files = this.jdbc.query(FILE_AT,
				(row, n) -> new StoredFile(row.getLong("item_id"), row.getString("sha256")), runId, relativePath);
		return files.isEmpty() ? Optional.empty() : Optional.of(files.get(0));
	}

	/**
	 * The path of an item.
	 * @param itemId the item
	 * @return its path in the inventory
	 */
	public String pathOf(long itemId) {
		return this.jdbc.queryForObject(PATH_OF, String.class, itemId);
	}

	/**
	 * Whether a file has an embedded member at a path.
	 * @param itemId the file's item
	 * @param memberPath the member's path inside the file
	 * @return whether the member has a row
	 */
	public boolean hasMember(long itemId, String memberPath) {
		Long members = this.jdbc.queryForObject(COUNT_MEMBERS_AT, Long.class, itemId, memberPath);
		return members != null && members > 0;
	}

	/**
	 * The files of a run that failed ({@code item_id}, {@code rel_path}, {@code sha256}).
	 * @param runId the run
	 * @param rows called with each file
	 */
	public void failedFiles(long runId, RowCallbackHandler rows) {
		this.jdbc.query(FAILED_FILES, rows, runId);
	}

	/**
	 * Count a run's items (not members) by status and reason.
	 * @param runId the run
	 * @param rows called with {@code status}, {@code reason} and the count {@code n}
	 */
	public void countByStatusAndReason(long runId, RowCallbackHandler rows) {
		this.jdbc.query(COUNT_BY_STATUS_AND_REASON, rows, runId);
	}

	/**
	 * The bytes of the items of a run that were analysed.
	 * @param runId the run
	 * @return the sum of their sizes
	 */
	public long analysedBytes(long runId) {
		Long bytes = this.jdbc.queryForObject(ANALYSED_BYTES, Long.class, runId);
		return (bytes != null) ? bytes : 0;
	}

	/**
	 * The number of items of a run that failed or whose sensitive data may be incomplete.
	 * @param runId the run
	 * @return the number of items
	 */
	public long countProblems(long runId) {
		Long problems = this.jdbc.queryForObject(COUNT_PROBLEMS, Long.class, runId);
		return (problems != null) ? problems : 0;
	}

	/**
	 * The first items of a run that failed or whose sensitive data may be incomplete, by
	 * status, reason and path ({@code rel_path}, {@code status}, {@code reason},
	 * {@code detail}, {@code sensitive_incomplete}).
	 * @param runId the run
	 * @param limit the most items read
	 * @param rows called with each item
	 */
	public void firstProblems(long runId, int limit, RowCallbackHandler rows) {
		this.jdbc.query(FIRST_PROBLEMS, rows, runId, limit);
	}

	/**
	 * Every item of a run, by path, with its status and facts ({@code rel_path},
	 * {@code entry_type}, {@code size_bytes}, {@code modified_at}, {@code sha256},
	 * {@code media_type}, {@code status}, {@code reason}, {@code detail},
	 * {@code text_chars}, {@code parts}, {@code quality_flags}, {@code reuse}).
	 * @param runId the run
	 * @param rows called with each item
	 */
	public void ledger(long runId, RowCallbackHandler rows) {
		this.jdbc.query(LEDGER, rows, runId);
	}

	/**
	 * A file of the ledger.
	 *
	 * @param itemId its item id
	 * @param sha256 its content, or {@code null} when it could not be read
	 */
	public record StoredFile(long itemId, String sha256) {

	}

	/**
	 * What the source of a re-mapped item knew of its sensitive data.
	 *
	 * @param records structured records read (0 when unknown)
	 * @param sensitiveIncomplete whether its sensitive data may be incomplete
	 */
	public record SourceFacts(long records, boolean sensitiveIncomplete) {

	}

}
