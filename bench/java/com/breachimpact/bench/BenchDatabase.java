package com.breachimpact.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A PostgreSQL database of a benchmark's own on the local server
 * (127.0.0.1:5432, user postgres), dropped when closed.
 */
final class BenchDatabase implements AutoCloseable {

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	private final String name;

	private BenchDatabase(String name) {
		this.name = name;
	}

	static BenchDatabase create() {
		BenchDatabase database = new BenchDatabase(
				"breach_impact_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
		admin("CREATE DATABASE " + database.name);
		return database;
	}

	String url() {
		return SERVER + this.name;
	}

	/** The database's name, which its backends show in their command line. */
	String name() {
		return this.name;
	}

	@Override
	public void close() {
		admin("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
	}

	private static void admin(String sql) {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The benchmark needs PostgreSQL on 127.0.0.1:5432 (" + sql + ")", ex);
		}
	}

}
