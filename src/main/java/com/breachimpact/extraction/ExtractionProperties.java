package com.breachimpact.extraction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of content extraction.
 *
 * @param writeLimit characters of text kept per file, its members included; a
 * file cut at the limit is analysed as far as it goes and flagged truncated
 * @param maxEmbedded embedded members extracted per file
 */
@ConfigurationProperties("breach-impact.extraction")
public record ExtractionProperties(@DefaultValue("20000000") int writeLimit, @DefaultValue("10000") int maxEmbedded) {

}
