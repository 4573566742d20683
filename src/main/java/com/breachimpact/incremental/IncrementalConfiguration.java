package com.breachimpact.incremental;

import javax.sql.DataSource;

import com.breachimpact.analysis.TextCache;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What reruns of a case need: the carrier of earlier results, the case lock and the text
 * cache.
 */
@Configuration(proxyBeanMethods = false)
public class IncrementalConfiguration {

	@Bean
	public ResultCarrier resultCarrier(JdbcTemplate jdbcTemplate) {
		return new ResultCarrier(jdbcTemplate);
	}

	@Bean
	public CaseLock caseLock(DataSource dataSource, IncrementalProperties properties) {
		return new CaseLock(dataSource, properties.locks());
	}

	@Bean
	public TextCache textCache(IncrementalProperties properties) {
		return new TextCache(properties.textCache());
	}

}
