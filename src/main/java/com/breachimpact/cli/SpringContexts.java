package com.breachimpact.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.breachimpact.BreachImpactApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring application for a command, with the job definition file (if any)
 * imported and the command's options on top of it. The batch commands run without a web
 * server ({@link WebApplicationType#NONE}), even though the web starter is on the class
 * path for {@code serve}.
 */
final class SpringContexts {

	/**
	 * Properties of {@code --quiet}: no progress display and no informational log lines,
	 * so that only the reconciliation line and errors are printed.
	 */
	static final Map<String, Object> QUIET = Map.of("breach-impact.progress.mode", "none",
			"logging.level.com.breachimpact", "ERROR");

	private SpringContexts() {
	}

	/**
	 * Start the application.
	 * @param jobDefinition a job definition YAML file, or {@code null}
	 * @param overrides properties set by command-line options; {@code null} values are
	 * left out
	 * @return the running context
	 * @throws CommandException if the job definition file does not exist or has an
	 * unknown key or a bad value, or the application cannot start (one line with the fix,
	 * such as an unreachable database)
	 */
	static ConfigurableApplicationContext start(Path jobDefinition, Map<String, Object> overrides) {
		List<String> args = new ArrayList<>();
		if (jobDefinition != null) {
			if (!Files.isRegularFile(jobDefinition)) {
				throw new CommandException(ExitCodes.INVALID_INPUT,
						"Job definition not found: " + jobDefinition + " (see the files under jobs/)");
			}
			JobDefinitionKeys.check(jobDefinition);
			args.add("--spring.config.import=file:" + jobDefinition.toAbsolutePath());
		}
		StartupFailures.QUIET_FAILURE_LOGGING.forEach((property) -> args.add("--" + property));
		overrides.forEach((key, value) -> {
			if (value != null) {
				args.add("--" + key + "=" + value);
			}
		});
		try {
			return new SpringApplicationBuilder(BreachImpactApplication.class).web(WebApplicationType.NONE)
				.logStartupInfo(false)
				.run(args.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			throw StartupFailures.describe(ex);
		}
	}

}
