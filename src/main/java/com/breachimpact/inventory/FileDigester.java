package com.breachimpact.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns an inventory entry into its ledger entry: regular files are read once, read-only,
 * to compute their SHA-256; links, special files and unreadable entries are recorded as
 * failed with the reason, without being opened. On a rerun, a file whose size and
 * modification time are those of the previous run is not read again: it keeps its hash
 * and reuses its earlier analysis; a file that was touched is hashed and reuses it only
 * when its content is the same.
 */
public class FileDigester implements ItemProcessor<InventoryEntry, LedgerEntry> {

	private static final int BUFFER_SIZE = 256 * 1024;

	private final Path root;

	private final PreviousRunLookup previousRun;

	/**
	 * A digester for a first run.
	 * @param root the inventory root
	 */
	public FileDigester(Path root) {
		this(root, null);
	}

	/**
	 * A digester for a run that builds on a previous one.
	 * @param root the inventory root
	 * @param previousRun the previous run's files, or {@code null} for none
	 */
	public FileDigester(Path root, PreviousRunLookup previousRun) {
		this.root = root;
		this.previousRun = previousRun;
	}

	@Override
	public LedgerEntry process(InventoryEntry entry) {
		return switch (entry.type()) {
			case SYMLINK -> LedgerEntry.failed(entry, FailureReasons.SYMLINK, "symbolic link, not followed");
			case OTHER -> LedgerEntry.failed(entry, FailureReasons.SPECIAL_FILE,
					"not a regular file (FIFO, socket or device), not opened");
			case DIRECTORY -> LedgerEntry.failed(entry, FailureReasons.UNREADABLE, "directory could not be listed");
			case MISSING -> LedgerEntry.failed(entry, FailureReasons.MISSING,
					"listed in the manifest, not found under the inventory root");
			case FILE -> digest(entry);
		};
	}

	private LedgerEntry digest(InventoryEntry entry) {
		PreviousItem previous = (this.previousRun != null) ? this.previousRun.find(entry.relativePath()).orElse(null)
				: null;
		if (previous != null && previous.reusable()
				&& PreviousRunLookup.looksUnchanged(previous, entry.size(), entry.modifiedAt())) {
			return LedgerEntry.unchanged(entry, previous.sha256(), previous.itemId());
		}
		Path file = (entry.path() != null) ? entry.path() : InventoryPaths.resolve(this.root, entry.relativePath());
		try {
			String sha256 = sha256(file);
			ManifestRecord manifest = entry.manifest();
			if (manifest != null && ((manifest.sha256() != null && !manifest.sha256().equals(sha256))
					|| (manifest.size() >= 0 && manifest.size() != entry.size()))) {
				return new LedgerEntry(entry, sha256, ItemStatus.FAILED, FailureReasons.MANIFEST_MISMATCH,
						"the file is not the one the manifest lists: manifest size " + manifest.size() + ", sha256 "
								+ manifest.sha256() + "; found size " + entry.size() + ", sha256 " + sha256,
						null);
			}
			if (entry.hasUndecodableName()) {
				return new LedgerEntry(entry, sha256, ItemStatus.FAILED, FailureReasons.UNDECODABLE_NAME,
						"the file name is not valid UTF-8: hashed, but its content cannot be opened again by name "
								+ "for analysis; copy it under a readable name to analyse it",
						null);
			}
			if (previous != null && previous.reusable() && sha256.equals(previous.sha256())) {
				return LedgerEntry.unchanged(entry, sha256, previous.itemId());
			}
			return LedgerEntry.pending(entry, sha256);
		}
		catch (NoSuchFileException ex) {
			return LedgerEntry.failed(entry, FailureReasons.VANISHED, "file vanished before it could be read");
		}
		catch (AccessDeniedException ex) {
			return LedgerEntry.failed(entry, FailureReasons.UNREADABLE, "permission denied");
		}
		catch (IOException ex) {
			return LedgerEntry.failed(entry, FailureReasons.UNREADABLE,
					ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	/**
	 * The hex SHA-256 of a file's bytes, read without following links.
	 * @param file the file
	 * @return 64 lower-case hex digits
	 * @throws IOException if the file cannot be read
	 */
	public static String sha256(Path file) throws IOException {
		MessageDigest digest = newDigest();
		byte[] buffer = new byte[BUFFER_SIZE];
		try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
			int n;
			while ((n = in.read(buffer)) != -1) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
