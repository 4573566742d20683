package com.breachimpact.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link DatabaseDialect}: the product names the JDBC drivers report.
 */
class DatabaseDialectTests {

	@Test
	void postgresqlAndH2AreTold() {
		assertThat(DatabaseDialect.named("PostgreSQL")).isEqualTo(DatabaseDialect.POSTGRESQL);
		assertThat(DatabaseDialect.named("H2")).isEqualTo(DatabaseDialect.H2);
		assertThat(DatabaseDialect.POSTGRESQL.platform()).isEqualTo("postgresql");
		assertThat(DatabaseDialect.H2.platform()).isEqualTo("h2");
	}

	@Test
	void anotherDatabaseIsRefusedByName() {
		assertThatIllegalStateException().isThrownBy(() -> DatabaseDialect.named("MySQL"))
			.withMessageContaining("'MySQL'");
	}

}
