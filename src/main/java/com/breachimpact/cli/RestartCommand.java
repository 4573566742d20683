package com.breachimpact.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import com.breachimpact.scan.ScanOutcome;
import com.breachimpact.scan.ScanRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code breach-impact restart}: resume a failed or stopped scan where it stopped.
 */
@Command(name = "restart", description = "Resume a failed or stopped scan from its last committed chunk.",
		footer = { "", "Examples:", "  breach-impact restart", "  breach-impact restart --execution 42",
				"  breach-impact restart --quiet" })
class RestartCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--job", paramLabel = "<file>",
			description = "Job definition (YAML) of the scan, for its database and limits.")
	Path job;

	@Option(names = "--execution", paramLabel = "<id>",
			description = "The job execution to restart (default: the most recent failed scan).")
	Long execution;

	@Option(names = "--quiet",
			description = "For scheduled runs: print only the reconciliation line and errors (no progress, no log).")
	boolean quiet;

	@Mixin
	WorkFolderOption workFolder;

	private Map<String, Object> overrides() {
		Map<String, Object> overrides = new HashMap<>();
		this.workFolder.applyTo(overrides);
		if (this.quiet) {
			overrides.putAll(SpringContexts.QUIET);
		}
		return overrides;
	}

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext context = SpringContexts.start(this.job, overrides())) {
			ScanOutcome outcome = context.getBean(ScanRunner.class).restart(this.execution);
			int code = this.quiet
					? OutcomePrinter.printQuiet(outcome, this.spec.commandLine().getOut(),
							this.spec.commandLine().getErr())
					: OutcomePrinter.print(outcome, null, this.spec.commandLine().getOut());
			return SpringApplication.exit(context, () -> code);
		}
	}

}
