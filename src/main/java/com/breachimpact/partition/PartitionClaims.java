package com.breachimpact.partition;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Claims on partitions, so that no two workers ever analyse the same partition at the
 * same time: a claim is a PostgreSQL transaction-level advisory lock on the run and
 * partition name, taken in a transaction of its own that stays open (idle, without a
 * snapshot) while the worker runs the partition. Ending that transaction releases the
 * claim, and so does the end of the worker's connection: the partition of a worker that
 * died can be claimed again at once.
 */
public class PartitionClaims {

	private final DataSource dataSource;

	public PartitionClaims(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Try to claim a partition.
	 * @param runId the run (job instance id)
	 * @param partition the partition's step name
	 * @return the claim, to close when the partition is done, or {@code null} if another
	 * worker holds it
	 * @throws DataAccessResourceFailureException if the database cannot be asked
	 */
	public Claim tryClaim(long runId, String partition) {
		long key = key(runId, partition);
		Connection connection = null;
		try {
			connection = this.dataSource.getConnection();
			connection.setAutoCommit(false);
			boolean locked;
			try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
				lock.setLong(1, key);
				try (ResultSet result = lock.executeQuery()) {
					locked = result.next() && result.getBoolean(1);
				}
			}
			if (!locked) {
				release(connection);
				return null;
			}
			return new Claim(connection);
		}
		catch (SQLException ex) {
			release(connection);
			throw new DataAccessResourceFailureException("Cannot claim partition " + partition + " of run " + runId
					+ " (remote partitioning needs PostgreSQL): " + ex.getMessage(), ex);
		}
	}

	/**
	 * The lock key of a partition: the first 8 bytes of the SHA-256 of
	 * {@code breach-impact:<runId>:<partition>}.
	 */
	static long key(long runId, String partition) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(("breach-impact:" + runId + ":" + partition).getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(hash, 0, Long.BYTES).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void release(Connection connection) {
		if (connection == null) {
			return;
		}
		try {
			connection.rollback();
		}
		catch (SQLException ex) {
			// a broken connection has no lock left to release
		}
		try {
			connection.close();
		}
		catch (SQLException ex) {
			// nothing more to release
		}
	}

	/**
	 * A claim held on a partition; closing it releases the partition.
	 */
	public static final class Claim implements AutoCloseable {

		private final Connection connection;

		private Claim(Connection connection) {
			this.connection = connection;
		}

		/**
		 * Release the partition: end the claim's transaction and give its connection
		 * back.
		 */
		@Override
		public void close() {
			release(this.connection);
		}

	}

}
