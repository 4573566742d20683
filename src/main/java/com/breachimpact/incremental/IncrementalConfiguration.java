package com.breachimpact.incremental;

import javax.sql.DataSource;

import com.breachimpact.analysis.JdbcAmbiguousCandidateRepository;
import com.breachimpact.analysis.JdbcAttributionCandidateRepository;
import com.breachimpact.analysis.JdbcClientFindingRepository;
import com.breachimpact.analysis.JdbcItemAttributionRepository;
import com.breachimpact.analysis.JdbcUnknownIdentifierRepository;
import com.breachimpact.analysis.TextCache;
import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.protection.KeyedHasher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What reruns of a case need: the carrier of earlier results, the case lock and the text
 * cache.
 */
@Configuration(proxyBeanMethods = false)
public class IncrementalConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(IncrementalConfiguration.class);

	@Bean
	public ResultCarrier resultCarrier(JdbcTemplate jdbcTemplate, JdbcInventoryItemRepository items,
			JdbcRemovedItemRepository removedItems, JdbcClientFindingRepository findings,
			JdbcItemAttributionRepository attributions, JdbcAttributionCandidateRepository candidates,
			JdbcUnknownIdentifierRepository unknownIdentifiers, JdbcAmbiguousCandidateRepository ambiguousCandidates) {
		return new ResultCarrier(jdbcTemplate, items, removedItems, findings, attributions, candidates,
				unknownIdentifiers, ambiguousCandidates);
	}

	@Bean
	public CaseLock caseLock(DataSource dataSource, IncrementalProperties properties) {
		return new CaseLock(dataSource, properties.locks());
	}

	/**
	 * The text cache: encrypted under a key derived from the case key, in clear (with a
	 * notice, once per run, saying so) or off.
	 */
	@Bean
	public TextCache textCache(IncrementalProperties properties, KeyedHasher keyedHasher) {
		if (!properties.textCacheOn()) {
			return TextCache.off();
		}
		if (properties.textCacheEncrypted()) {
			return new TextCache(properties.textCache(), keyedHasher.derivedKey(TextCache.KEY_PURPOSE));
		}
		logger.warn("The text cache {} holds the text extracted from the inventory in clear (readable by its owner "
				+ "only): set breach-impact.incremental.text-cache-encrypted: true to encrypt it, or "
				+ "breach-impact.incremental.text-cache: off to keep none", properties.textCache());
		return new TextCache(properties.textCache(), null);
	}

}
