package com.breachimpact.incremental;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reruns of a case.
 *
 * @param textCache folder of the case's extracted-text cache, which lets a registry
 * change re-map items without parsing them again (default: {@code text-cache} in the work
 * folder); it holds the extracted text in clear, readable by its owner only
 * @param locks folder of the case lock files used on the embedded database (on PostgreSQL
 * the lock is an advisory lock of the server)
 */
@ConfigurationProperties(prefix = "breach-impact.incremental", ignoreUnknownFields = false)
public record IncrementalProperties(Path textCache, Path locks) {

}
