package com.breachimpact.inventory;

import java.time.Instant;
import java.util.Arrays;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.breachimpact.extraction.ExtractionStatus;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Looks up the files of the previous run of a case, one folder at a time: the walk visits
 * a folder's files together, so one query per folder serves them all, and only the
 * folders of the current walk path are held in memory.
 */
public class PreviousRunLookup {

	/**
	 * Failure reasons of the run's circumstances, not of the content: worth a new attempt
	 * on a rerun.
	 */
	private static final String RETRY_REASONS = Stream.concat(
			Arrays.stream(ExtractionStatus.values()).filter(ExtractionStatus::isTransient).map(ExtractionStatus::code),
			Stream.of(FailureReasons.CHANGED))
		.map((code) -> "'" + code + "'")
		.collect(Collectors.joining(", ", "(", ")"));

	private static final int FOLDERS_KEPT = 64;

	private final JdbcTemplate jdbc;

	private final long previousRunId;

	private final Map<String, Map<String, PreviousItem>> folders = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Map<String, PreviousItem>> eldest) {
			return size() > FOLDERS_KEPT;
		}

	};

	public PreviousRunLookup(JdbcTemplate jdbc, long previousRunId) {
		this.jdbc = jdbc;
		this.previousRunId = previousRunId;
	}

	/**
	 * The previous run's record of a file.
	 * @param relativePath the file's path in the inventory
	 * @return the previous record, if the file was there
	 */
	public synchronized Optional<PreviousItem> find(String relativePath) {
		String folder = InventoryFolders.parent(relativePath);
		Map<String, PreviousItem> files = this.folders.computeIfAbsent(folder, this::load);
		return Optional.ofNullable(files.get(relativePath));
	}

	/**
	 * Whether a file is unchanged since the previous run by size and modification time
	 * (the fast path: no hashing needed).
	 * @param previous the previous record
	 * @param size the size now
	 * @param modifiedAt the modification time now
	 * @return whether both are the same
	 */
	public static boolean looksUnchanged(PreviousItem previous, long size, Instant modifiedAt) {
		return previous.sha256() != null && previous.size() == size
				&& previous.modifiedAt()
					.truncatedTo(ChronoUnit.MICROS)
					.equals(modifiedAt.truncatedTo(ChronoUnit.MICROS));
	}

	private Map<String, PreviousItem> load(String folder) {
		Map<String, PreviousItem> files = new HashMap<>();
		this.jdbc
			.query("""
					SELECT item_id, rel_path, size_bytes, modified_at, sha256,
					       CASE WHEN status = 'analysed' OR (status = 'failed' AND reason NOT IN %s) THEN TRUE ELSE FALSE END
					           AS reusable
					FROM inventory_item WHERE run_id = ? AND parent_path = ? AND entry_type = 'file'"""
				.formatted(RETRY_REASONS), (row) -> {
					files.put(row.getString("rel_path"),
							new PreviousItem(row.getLong("item_id"), row.getLong("size_bytes"),
									row.getTimestamp("modified_at").toInstant(), row.getString("sha256"),
									row.getBoolean("reusable")));
				}, this.previousRunId, folder);
		return files;
	}

}
