package com.breachimpact.inventory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up the files of the previous run of a case, one folder at a time: the walk visits
 * a folder's files together, so one query per folder serves them all, and only the
 * folders of the current walk path are held in memory.
 */
public class PreviousRunLookup {

	private static final int FOLDERS_KEPT = 64;

	private final JdbcInventoryItemRepository items;

	private final long previousRunId;

	private final Map<String, Map<String, PreviousItem>> folders = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Map<String, PreviousItem>> eldest) {
			return size() > FOLDERS_KEPT;
		}

	};

	public PreviousRunLookup(JdbcInventoryItemRepository items, long previousRunId) {
		this.items = items;
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
		return this.items.filesInFolder(this.previousRunId, folder);
	}

}
