package com.breachimpact.scan;

import java.nio.file.Path;

/**
 * What an investigator asks to scan.
 *
 * @param inventory the root folder of the exfiltrated files
 * @param registry the client registry CSV
 * @param out the folder the reports are written to
 */
public record ScanRequest(Path inventory, Path registry, Path out) {

}
