package com.breachimpact.protection;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The case's working folder.
 *
 * @param workDir working folder of a case: the embedded database, the case key, the text
 * cache and the locks, readable by its owner only (default: {@code .breach-impact})
 */
@ConfigurationProperties("breach-impact")
public record WorkFolderProperties(Path workDir) {

}
