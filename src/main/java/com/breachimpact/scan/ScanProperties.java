package com.breachimpact.scan;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Parameters of a scan, as a job definition under {@code jobs/} sets them; command-line
 * options override them.
 *
 * @param caseName name of the case: a rerun of a case analyses only what changed since
 * its last completed run (default: the job definition's file name, else the inventory's
 * path)
 * @param inventory root folder of the exfiltrated files (the inventory)
 * @param manifest manifest CSV listing the inventory's files (path, size, sha256, and
 * optionally user, folder, timestamp), the files lying under {@code inventory}; without
 * it the inventory folder is walked
 * @param registry client registry CSV
 * @param out folder the reports are written to
 * @param chunkSize items analysed per transaction
 * @param keyFile file holding the case's secret key for keyed hashes of sensitive values;
 * created with owner-only permissions on first use (default: {@code case.key} in the work
 * folder)
 */
@ConfigurationProperties(prefix = "breach-impact.scan", ignoreUnknownFields = false)
public record ScanProperties(String caseName, Path inventory, Path manifest, Path registry, Path out,
		@DefaultValue("20") int chunkSize, Path keyFile) {

}
