package com.breachimpact.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database connection pool's settings that depend on the database.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	static DriverPropertiesPostProcessor driverPropertiesPostProcessor() {
		return new DriverPropertiesPostProcessor();
	}

}
