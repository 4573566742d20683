package com.breachimpact.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;

import javax.sql.DataSource;

import com.breachimpact.database.DatabaseDialect;
import com.breachimpact.protection.OwnerOnlyFiles;

/**
 * Keeps two runs of the same case from overlapping, across processes and machines: on
 * PostgreSQL a session-level advisory lock held on a connection of its own (released by
 * the server when the process dies), on the embedded database a lock on a file in the
 * work folder (released by the operating system when the process dies).
 */
public class CaseLock {

	private final DataSource dataSource;

	private final Path lockFolder;

	public CaseLock(DataSource dataSource, Path lockFolder) {
		this.dataSource = dataSource;
		this.lockFolder = lockFolder;
	}

	/**
	 * Try to take the lock of a case without waiting.
	 * @param caseName the case
	 * @return the held lock, to be closed when the run ends, or empty when another run of
	 * the case holds it
	 */
	public Optional<Held> tryLock(String caseName) {
		try {
			Connection connection = this.dataSource.getConnection();
			if (DatabaseDialect.of(connection) == DatabaseDialect.POSTGRESQL) {
				return advisoryLock(connection, caseName);
			}
			connection.close();
			return fileLock(caseName);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot take the lock of case " + caseName + ": " + ex.getMessage(), ex);
		}
	}

	private Optional<Held> advisoryLock(Connection connection, String caseName) throws SQLException {
		long key = key(caseName);
		try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
			lock.setLong(1, key);
			try (ResultSet result = lock.executeQuery()) {
				result.next();
				if (!result.getBoolean(1)) {
					connection.close();
					return Optional.empty();
				}
			}
		}
		return Optional.of(() -> {
			try (connection; PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
				unlock.setLong(1, key);
				unlock.execute();
			}
			catch (SQLException ex) {
				// closing the connection releases the lock as well
			}
		});
	}

	private Optional<Held> fileLock(String caseName) {
		try {
			OwnerOnlyFiles.createPrivateDirectories(this.lockFolder);
			Path file = this.lockFolder.resolve(Long.toHexString(key(caseName)) + ".lock");
			OwnerOnlyFiles.createPrivateFile(file);
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				return Optional.empty();
			}
			FileLock held = lock;
			return Optional.of(() -> {
				try (channel) {
					held.release();
				}
				catch (IOException ex) {
					// closing the channel releases the lock as well
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot take the lock of case " + caseName, ex);
		}
	}

	private static long key(String caseName) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("breach-impact case " + caseName).getBytes(StandardCharsets.UTF_8));
			return HexFormat.fromHexDigitsToLong(HexFormat.of().formatHex(digest, 0, 8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A lock held by this process; closing it releases it. */
	@FunctionalInterface
	public interface Held extends AutoCloseable {

		@Override
		void close();

	}

}
