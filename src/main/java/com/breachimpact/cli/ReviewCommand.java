package com.breachimpact.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * {@code breach-impact review}: the investigators' review before notification,
 * as an exported queue and imported decisions.
 */
@Command(name = "review", description = "Export the review queue of a case, import investigators' decisions.",
		subcommands = { ReviewExportCommand.class, ReviewImportCommand.class, HelpCommand.class },
		footer = { "", "Examples:", "  breach-impact review export --case acme --out review.csv",
				"  breach-impact review import review.csv --who j.smith" })
class ReviewCommand {

}
