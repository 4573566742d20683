package com.breachimpact.database;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pool of a PostgreSQL database has its batched inserts rewritten; the embedded H2
 * database, which would refuse an unknown setting, gets no driver property.
 */
class DriverPropertiesPostProcessorTests {

	private final DriverPropertiesPostProcessor postProcessor = new DriverPropertiesPostProcessor();

	@Test
	void aPostgresqlPoolRewritesBatchedInserts() {
		// given
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/breach");

			// when
			this.postProcessor.postProcessBeforeInitialization(pool, "dataSource");

			// then
			assertThat(pool.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
		}
	}

	@Test
	void anEmbeddedH2PoolGetsNoDriverProperty() {
		// given
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl("jdbc:h2:file:/tmp/work/db/breach-impact;MODE=PostgreSQL");

			// when
			this.postProcessor.postProcessBeforeInitialization(pool, "dataSource");

			// then
			assertThat(pool.getDataSourceProperties()).isEmpty();
		}
	}

}
