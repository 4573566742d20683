package com.breachimpact.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two databases breach-impact runs on: PostgreSQL (a shared case database, and the
 * only one remote partitioning accepts) and the embedded H2 default. The one place that
 * tells them apart; where their SQL differs, the repositories hold one statement for
 * each.
 */
public enum DatabaseDialect {

	/**
	 * PostgreSQL. Its driver rewrites a batch of {@code INSERT ... VALUES} into multi-row
	 * inserts ({@code reWriteBatchedInserts}): the analysis writer's batches then cost
	 * the server one statement per up to 128 rows instead of one per row.
	 */
	POSTGRESQL("PostgreSQL", "postgresql", "jdbc:postgresql:", Map.of("reWriteBatchedInserts", "true")),

	/** The embedded H2 database. */
	H2("H2", "h2", "jdbc:h2:", Map.of());

	private final String productName;

	private final String platform;

	private final String urlPrefix;

	private final Map<String, String> driverProperties;

	DatabaseDialect(String productName, String platform, String urlPrefix, Map<String, String> driverProperties) {
		this.productName = productName;
		this.platform = platform;
		this.urlPrefix = urlPrefix;
		this.driverProperties = driverProperties;
	}

	/**
	 * The properties a connection pool passes to the database's JDBC driver; a parameter
	 * of the same name in the URL overrides one of them.
	 * @return driver property values by name
	 */
	public Map<String, String> driverProperties() {
		return this.driverProperties;
	}

	/**
	 * The dialect of a JDBC URL, read before any connection is made.
	 * @param jdbcUrl the data source's URL
	 * @return the dialect, or empty for a URL of another database
	 */
	public static Optional<DatabaseDialect> ofUrl(String jdbcUrl) {
		for (DatabaseDialect dialect : values()) {
			if (jdbcUrl.startsWith(dialect.urlPrefix)) {
				return Optional.of(dialect);
			}
		}
		return Optional.empty();
	}

	/**
	 * The database's name as its JDBC driver reports it.
	 * @return the product name
	 */
	public String productName() {
		return this.productName;
	}

	/**
	 * The platform name of the schema scripts that Spring Batch ships for the database.
	 * @return {@code postgresql} or {@code h2}
	 */
	public String platform() {
		return this.platform;
	}

	/**
	 * The dialect of a connection's database.
	 * @param connection an open connection
	 * @return the dialect
	 * @throws SQLException if the connection's metadata cannot be read
	 * @throws IllegalStateException if the database is neither PostgreSQL nor H2
	 */
	public static DatabaseDialect of(Connection connection) throws SQLException {
		return named(connection.getMetaData().getDatabaseProductName());
	}

	/**
	 * The dialect of a data source's database.
	 * @param dataSource the data source
	 * @return the dialect
	 * @throws IllegalStateException if the database is neither PostgreSQL nor H2
	 */
	public static DatabaseDialect of(DataSource dataSource) {
		return new JdbcTemplate(dataSource).execute((ConnectionCallback<DatabaseDialect>) DatabaseDialect::of);
	}

	/**
	 * The dialect of a database product.
	 * @param databaseProductName the name the JDBC driver reports
	 * @return the dialect
	 * @throws IllegalStateException if the database is neither PostgreSQL nor H2
	 */
	public static DatabaseDialect named(String databaseProductName) {
		String name = databaseProductName.toLowerCase(Locale.ROOT);
		if (name.contains("postgres")) {
			return POSTGRESQL;
		}
		if (name.contains("h2")) {
			return H2;
		}
		throw new IllegalStateException("Unsupported database '" + databaseProductName
				+ "': breach-impact runs on PostgreSQL, or on the embedded H2 default");
	}

	/**
	 * Whether a JDBC URL is that of the embedded H2 database kept in a file (the default,
	 * under the work folder), as opposed to a server or an in-memory database. Read from
	 * the URL, before any connection is made.
	 * @param jdbcUrl the data source's URL
	 * @return whether it names an embedded H2 database file
	 */
	public static boolean isEmbeddedFile(String jdbcUrl) {
		return jdbcUrl.startsWith("jdbc:h2:file:");
	}

}
