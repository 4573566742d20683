package com.breachimpact.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * The {@code --work-dir} option that every command working on a case shares (a picocli
 * mixin).
 */
class WorkFolderOption {

	@Option(names = "--work-dir", paramLabel = "<dir>",
			description = "Working folder of the case: embedded database, case key, text cache and locks "
					+ "(default: .breach-impact).")
	Path workDir;

	/**
	 * Add the work folder, when given, to a command's property overrides.
	 * @param overrides the overrides
	 * @return the same overrides
	 */
	Map<String, Object> applyTo(Map<String, Object> overrides) {
		overrides.put("breach-impact.work-dir", (this.workDir != null) ? this.workDir.toAbsolutePath() : null);
		return overrides;
	}

	/**
	 * New overrides holding the work folder, when given.
	 * @return the overrides
	 */
	Map<String, Object> overrides() {
		return applyTo(new HashMap<>());
	}

}
