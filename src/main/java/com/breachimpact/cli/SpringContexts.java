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
 * Starts the Spring application for a command, with the job definition file
 * (if any) imported and the command's options on top of it.
 */
final class SpringContexts {

	private SpringContexts() {
	}

	/**
	 * Start the application.
	 * @param jobDefinition a job definition YAML file, or {@code null}
	 * @param overrides properties set by command-line options; {@code null}
	 * values are left out
	 * @return the running context
	 * @throws CommandException if the job definition file does not exist
	 */
	static ConfigurableApplicationContext start(Path jobDefinition, Map<String, Object> overrides) {
		List<String> args = new ArrayList<>();
		if (jobDefinition != null) {
			if (!Files.isRegularFile(jobDefinition)) {
				throw new CommandException(ExitCodes.INVALID_INPUT,
						"Job definition not found: " + jobDefinition + " (see the files under jobs/)");
			}
			args.add("--spring.config.import=file:" + jobDefinition.toAbsolutePath());
		}
		overrides.forEach((key, value) -> {
			if (value != null) {
				args.add("--" + key + "=" + value);
			}
		});
		return new SpringApplicationBuilder(BreachImpactApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(args.toArray(String[]::new));
	}

}
