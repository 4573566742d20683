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
 * Turns an inventory entry into its ledger entry: regular files are read once,
 * read-only, to compute their SHA-256; links, special files and unreadable
 * entries are recorded as failed with the reason, without being opened.
 */
public class FileDigester implements ItemProcessor<InventoryEntry, LedgerEntry> {

	private static final int BUFFER_SIZE = 256 * 1024;

	private final Path root;

	public FileDigester(Path root) {
		this.root = root;
	}

	@Override
	public LedgerEntry process(InventoryEntry entry) {
		return switch (entry.type()) {
			case SYMLINK -> LedgerEntry.failed(entry, FailureReasons.SYMLINK, "symbolic link, not followed");
			case OTHER -> LedgerEntry.failed(entry, FailureReasons.SPECIAL_FILE,
					"not a regular file (FIFO, socket or device), not opened");
			case DIRECTORY -> LedgerEntry.failed(entry, FailureReasons.UNREADABLE, "directory could not be listed");
			case FILE -> digest(entry);
		};
	}

	private LedgerEntry digest(InventoryEntry entry) {
		Path file = InventoryPaths.resolve(this.root, entry.relativePath());
		try {
			return LedgerEntry.pending(entry, sha256(file));
		}
		catch (NoSuchFileException ex) {
			return LedgerEntry.failed(entry, FailureReasons.VANISHED, "file vanished before it could be read");
		}
		catch (AccessDeniedException ex) {
			return LedgerEntry.failed(entry, FailureReasons.UNREADABLE, "permission denied");
		}
		catch (IOException ex) {
			return LedgerEntry.failed(entry, FailureReasons.UNREADABLE, ex.getClass().getSimpleName() + ": " + ex.getMessage());
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
