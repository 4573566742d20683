package com.breachimpact.schema;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway owns the schema: Spring Batch's tables as the Java migration
 * {@link SpringBatchSchemaMigration}, ours as the SQL migrations under {@code sql/}
 * (packaged as {@code classpath:db/migration}).
 */
@Configuration(proxyBeanMethods = false)
class SchemaConfiguration {

	@Bean
	FlywayConfigurationCustomizer springBatchSchemaMigration() {
		return (configuration) -> configuration.javaMigrations(new SpringBatchSchemaMigration());
	}

}
