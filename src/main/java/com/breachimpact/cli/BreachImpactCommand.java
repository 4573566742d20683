package com.breachimpact.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The {@code breach-impact} command and its sub-commands.
 */
@Command(name = "breach-impact", mixinStandardHelpOptions = true, version = "breach-impact 0.1.0",
		description = "Map exfiltrated files to client institutions and report the impact per client.",
		subcommands = { ScanCommand.class, RestartCommand.class, ReportCommand.class, WorkerCommand.class, HelpCommand.class },
		footer = { "", "Exit codes:", "  0  completed, every file accounted for",
				"  1  unexpected error (see the log)",
				"  2  invalid input (options, inventory, registry, job definition)",
				"  3  scan completed but files are unaccounted for", "  4  scan failed: resume it with 'restart'" })
class BreachImpactCommand {

}
