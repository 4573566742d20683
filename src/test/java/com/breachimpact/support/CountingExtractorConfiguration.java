package com.breachimpact.support;

import java.util.concurrent.atomic.AtomicInteger;

import com.breachimpact.extraction.ContentExtractor;
import com.breachimpact.extraction.ExtractionProperties;
import com.breachimpact.extraction.TikaContentExtractor;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Counts the calls to the content extractor (Tika), for tests that assert how much work a
 * run did.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CountingExtractorConfiguration {

	/** Extraction calls since the last reset. */
	public static final AtomicInteger calls = new AtomicInteger();

	@Bean
	@Primary
	ContentExtractor countingExtractor(ExtractionProperties properties) {
		ContentExtractor tika = new TikaContentExtractor(properties);
		return (file, name) -> {
			calls.incrementAndGet();
			return tika.extract(file, name);
		};
	}

}
