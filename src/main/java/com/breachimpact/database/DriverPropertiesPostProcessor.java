package com.breachimpact.database;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Gives the connection pool the {@link DatabaseDialect#driverProperties() driver
 * properties} of its database, before the pool opens its first connection, whatever URL
 * the case's job names: on PostgreSQL, batched inserts rewritten into multi-row inserts.
 * A parameter in the URL itself still wins.
 */
class DriverPropertiesPostProcessor implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
			DatabaseDialect.ofUrl(pool.getJdbcUrl())
				.ifPresent((dialect) -> dialect.driverProperties().forEach(pool::addDataSourceProperty));
		}
		return bean;
	}

}
