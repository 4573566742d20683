package com.breachimpact.scan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The table {@code case_key}: the fingerprint of the key each case's values are hashed
 * under.
 */
@Repository
public class JdbcCaseKeyRepository {

	private static final String FINGERPRINT = "SELECT key_fingerprint FROM case_key WHERE case_name = ?";

	private static final String INSERT = "INSERT INTO case_key (case_name, key_fingerprint, recorded_at)"
			+ " VALUES (?, ?, ?)";

	private final JdbcTemplate jdbc;

	public JdbcCaseKeyRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The fingerprint of a case's key.
	 * @param caseName the case
	 * @return the fingerprint, or empty when the case has none recorded yet
	 */
	public Optional<String> fingerprint(String caseName) {
		List<String> recorded = this.jdbc.queryForList(FINGERPRINT, String.class, caseName);
		return recorded.isEmpty() ? Optional.empty() : Optional.of(recorded.get(0));
	}

	/**
	 * Record the fingerprint of a case's key.
	 * @param caseName the case
	 * @param fingerprint the fingerprint
	 * @param recordedAt when
	 */
	public void record(String caseName, String fingerprint, Instant recordedAt) {
		this.jdbc.update(INSERT, caseName, fingerprint, Timestamp.from(recordedAt));
	}

}
