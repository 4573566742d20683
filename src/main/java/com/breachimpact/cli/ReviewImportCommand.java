package com.breachimpact.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;
import java.util.concurrent.Callable;

import com.breachimpact.review.DecisionKind;
import com.breachimpact.review.ReviewImport;
import com.breachimpact.review.ReviewImportException;
import com.breachimpact.review.ReviewImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code breach-impact review import}: store investigators' decisions from an edited
 * review file, all or nothing, and apply them to the case's latest run.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Import the decisions of an edited review file: every row is checked "
				+ "first, and nothing is imported when one is wrong. The decisions apply to the case's latest run now "
				+ "and to every later run (rerun the scan to refresh the reports).")
class ReviewImportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "<file>", description = "The edited review CSV file.")
	Path file;

	@Option(names = "--who", paramLabel = "<name>", description = "Who decided (default: the OS user).")
	String who;

	@Option(names = "--case", paramLabel = "<name>",
			description = "The case of every row (default: each row's 'case' column).")
	String caseName;

	@Option(names = "--job", paramLabel = "<file>",
			description = "Job definition (YAML) of the case, for its database.")
	Path job;

	@Mixin
	WorkFolderOption workFolder;

	private static String kinds(ReviewImport imported) {
		StringJoiner kinds = new StringJoiner(", ");
		for (DecisionKind kind : DecisionKind.values()) {
			Integer count = imported.recorded().get(kind);
			if (count != null) {
				kinds.add(kind.code() + " " + count);
			}
		}
		return kinds.toString();
	}

	@Override
	public Integer call() {
		if (!Files.isRegularFile(this.file)) {
			throw new CommandException(ExitCodes.INVALID_INPUT, "Review file not found: " + this.file);
		}
		String reviewer = (this.who != null) ? this.who : System.getProperty("user.name");
		try (ConfigurableApplicationContext context = SpringContexts.start(this.job, this.workFolder.overrides())) {
			ReviewImport imported;
			try {
				imported = context.getBean(ReviewImporter.class).importFile(this.file, this.caseName, reviewer);
			}
			catch (ReviewImportException ex) {
				throw new CommandException(ExitCodes.INVALID_INPUT, ex.getMessage());
			}
			this.spec.commandLine()
				.getOut()
				.println("Imported " + imported.total() + " decisions by " + reviewer + " (" + kinds(imported) + "), "
						+ imported.skipped() + " rows without a decision; applied to runs " + imported.appliedRuns());
			return SpringApplication.exit(context, () -> ExitCodes.OK);
		}
	}

}
