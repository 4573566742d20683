package com.breachimpact.incremental;

import java.nio.file.Path;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reruns of a case.
 *
 * @param textCache folder of the case's extracted-text cache, which lets a registry
 * change re-map items without parsing them again (default: {@code text-cache} in the work
 * folder; {@code off} for no cache: a registry change then parses the files again)
 * @param textCacheEncrypted whether the cache's entries are encrypted (AES-GCM under a
 * key derived from the case key; default) rather than kept in clear, readable by their
 * owner only
 * @param locks folder of the case lock files used on the embedded database (on PostgreSQL
 * the lock is an advisory lock of the server)
 */
@ConfigurationProperties(prefix = "breach-impact.incremental", ignoreUnknownFields = false)
public record IncrementalProperties(Path textCache, Path locks, @DefaultValue("true") boolean textCacheEncrypted) {

	/**
	 * Whether there is a text cache: {@code text-cache} is not {@code off} (which YAML
	 * reads as {@code false}).
	 * @return whether extracted text is cached
	 */
	public boolean textCacheOn() {
		return this.textCache != null && !Set.of("off", "false").contains(this.textCache.toString());
	}

}
