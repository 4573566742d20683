package com.breachimpact.scan;

import java.nio.file.Path;

/**
 * What an investigator asks to scan.
 *
 * @param inventory the root folder of the exfiltrated files
 * @param registry the client registry CSV
 * @param out the folder the reports are written to
 * @param caseName the case the scan belongs to: a rerun of a case analyses only what
 * changed since the case's last completed run
 * @param manifest a manifest CSV listing the inventory's files under {@code inventory}
 * (path, size, sha256, ...), or {@code null} to walk the inventory folder
 * @param sinceRunId a run of the case whose reports mark what is new since it (besides
 * the previous run), or {@code null}
 */
public record ScanRequest(Path inventory, Path registry, Path out, String caseName, Path manifest, Long sinceRunId) {

	/**
	 * A request.
	 * @param inventory the root folder of the exfiltrated files
	 * @param registry the client registry CSV
	 * @param out the folder the reports are written to
	 * @param caseName the case the scan belongs to
	 * @param manifest the inventory's manifest, or {@code null}
	 */
	public ScanRequest(Path inventory, Path registry, Path out, String caseName, Path manifest) {
		this(inventory, registry, out, caseName, manifest, null);
	}

	/**
	 * A request to walk an inventory folder.
	 * @param inventory the root folder of the exfiltrated files
	 * @param registry the client registry CSV
	 * @param out the folder the reports are written to
	 * @param caseName the case the scan belongs to
	 */
	public ScanRequest(Path inventory, Path registry, Path out, String caseName) {
		this(inventory, registry, out, caseName, null, null);
	}

	/**
	 * A request in a case named after the inventory folder.
	 * @param inventory the root folder of the exfiltrated files
	 * @param registry the client registry CSV
	 * @param out the folder the reports are written to
	 */
	public ScanRequest(Path inventory, Path registry, Path out) {
		this(inventory, registry, out, defaultCaseName(inventory));
	}

	/**
	 * The case name used when none is given: the inventory's absolute path.
	 * @param inventory the inventory folder
	 * @return the default case name
	 */
	public static String defaultCaseName(Path inventory) {
		return "inventory:" + inventory.toAbsolutePath().normalize();
	}

}
