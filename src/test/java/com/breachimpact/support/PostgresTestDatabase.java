package com.breachimpact.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A PostgreSQL database of its own for one test JVM, on the local server (127.0.0.1:5432,
 * user postgres, trust authentication): created on first use and dropped when the JVM
 * exits, so test runs never see each other's data.
 */
public final class PostgresTestDatabase {

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	private static final String ADMIN_DATABASE = "test";

	public static final String USER = "postgres";

	private static String url;

	private PostgresTestDatabase() {
	}

	/**
	 * The JDBC URL of this JVM's test database, creating it when needed.
	 * @return the URL
	 */
	public static synchronized String url() {
		if (url == null) {
			String name = "breach_impact_test_"
					+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
			admin("CREATE DATABASE " + name);
			Runtime.getRuntime()
				.addShutdownHook(new Thread(() -> admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
			url = SERVER + name;
		}
		return url;
	}

	private static void admin(String sql) {
		try (Connection connection = DriverManager.getConnection(SERVER + ADMIN_DATABASE, USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL on 127.0.0.1:5432 is needed by this test (" + sql + "): "
					+ ex.getMessage()
					+ ". Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start", ex);
		}
	}

}
