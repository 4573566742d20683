package com.breachimpact.schema;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;

import com.breachimpact.database.DatabaseDialect;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Version 1 of the schema: Spring Batch's job repository tables, created from the script
 * Spring Batch ships for the connected database (PostgreSQL, or H2 for the embedded
 * default), so that Flyway owns every table of the database while the {@code BATCH_*}
 * definitions stay Spring Batch's own.
 */
public class SpringBatchSchemaMigration implements JavaMigration {

	private static final String SCRIPT = "org/springframework/batch/core/schema-%s.sql";

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("1");
	}

	@Override
	public String getDescription() {
		return "spring batch job repository";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		String platform = DatabaseDialect.of(connection).platform();
		ClassPathResource script = new ClassPathResource(SCRIPT.formatted(platform));
		ScriptUtils.executeSqlScript(connection, new EncodedResource(script, StandardCharsets.UTF_8));
	}

}
