package com.breachimpact.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The {@code breach-impact} command and its sub-commands.
 */
@Command(name = "breach-impact", mixinStandardHelpOptions = true, version = "breach-impact 0.1.0",
		description = "Map exfiltrated files to client institutions and report the impact per client.",
		subcommands = { ScanCommand.class, RestartCommand.class, ScheduleCommand.class, ReviewCommand.class,
				ServeCommand.class, ReportCommand.class, CasesCommand.class, WorkerCommand.class, HelpCommand.class },
		footer = { "", "Examples:", "  breach-impact scan --job jobs/sample-scan.yml",
				"  breach-impact scan --inventory /cases/acme/files --registry clients.csv --out reports/acme --quiet",
				"  breach-impact restart", "  breach-impact schedule --job jobs/rerun-nightly.yml",
				"  breach-impact serve --out reports/sample", "  breach-impact worker --job jobs/scan.yml --threads 4",
				"  breach-impact report --run 7 --out reports/early", "  breach-impact cases",
				"  breach-impact help scan", "", "Exit codes:", "  0  completed, every file accounted for",
				"  1  unexpected error (see the log)",
				"  2  invalid input (options, inventory, registry, job definition)",
				"  3  scan completed but files are unaccounted for", "  4  scan failed: resume it with 'restart'",
				"  5  another run of the same case is in progress: not started" })
class BreachImpactCommand {

}
