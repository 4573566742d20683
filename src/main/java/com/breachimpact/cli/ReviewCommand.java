package com.breachimpact.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code breach-impact review}: the investigators' review before notification, as an
 * exported queue and imported decisions.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
		description = "Export the review queue of a case, import investigators' decisions.",
		subcommands = { ReviewExportCommand.class, ReviewImportCommand.class, HelpCommand.class },
		footer = { "", "Examples:", "  breach-impact review export --case acme --out review.csv",
				"  breach-impact review import review.csv --who j.smith" })
class ReviewCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(), "Missing sub-command: export or import");
	}

}
