package com.breachimpact.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.breachimpact.inventory.JdbcScanRunRepository;
import com.breachimpact.review.ReviewQueue;
import com.breachimpact.review.ReviewQueueEntry;
import com.breachimpact.review.ReviewQueueFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code breach-impact review export}: write the review queue of a case's run to a CSV
 * file for investigators.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Write the attributions that need an investigator to a CSV file, "
				+ "with empty decision, reason and note columns to fill in.")
class ReviewExportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--case", paramLabel = "<name>",
			description = "The case, as 'scan' and 'cases' print it (default: the only case of the work folder).")
	String caseName;

	@Option(names = "--run", paramLabel = "<id>", description = "The run (default: the case's latest completed run).")
	Long run;

	@Option(names = "--out", required = true, paramLabel = "<file.csv>", description = "The CSV file to write.")
	Path out;

	@Option(names = "--job", paramLabel = "<file>",
			description = "Job definition (YAML) of the case, for its database.")
	Path job;

	@Mixin
	WorkFolderOption workFolder;

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext context = SpringContexts.start(this.job, this.workFolder.overrides())) {
			JdbcScanRunRepository runs = context.getBean(JdbcScanRunRepository.class);
			if (this.caseName == null) {
				this.caseName = runs.onlyCase()
					.orElseThrow(() -> new CommandException(ExitCodes.INVALID_INPUT,
							"Pass --case: the work folder does not hold exactly one case (breach-impact cases lists them)"));
			}
			long runId = runId(runs);
			List<ReviewQueueEntry> queue = context.getBean(ReviewQueue.class).of(runId);
			ReviewQueueFile.write(this.out, queue);
			this.spec.commandLine()
				.getOut()
				.println("Review queue of case '" + this.caseName + "', run " + runId + ": " + queue.size()
						+ " rows written to " + this.out);
			return SpringApplication.exit(context, () -> ExitCodes.OK);
		}
	}

	private long runId(JdbcScanRunRepository runs) {
		if (this.run == null) {
			return runs.latestCompleted(this.caseName)
				.orElseThrow(() -> new CommandException(ExitCodes.INVALID_INPUT,
						"Case '" + this.caseName + "' has no completed run (scan it first with --case)"));
		}
		if (!this.caseName.equals(runs.caseOf(this.run).orElse(null))) {
			throw new CommandException(ExitCodes.INVALID_INPUT,
					"Run " + this.run + " is not a run of case '" + this.caseName + "'");
		}
		return this.run;
	}

}
