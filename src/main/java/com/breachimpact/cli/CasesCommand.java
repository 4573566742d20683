package com.breachimpact.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.inventory.JdbcScanRunRepository;
import com.breachimpact.inventory.JdbcScanRunRepository.CaseRun;
import com.breachimpact.inventory.Reconciliation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code breach-impact cases}: the cases of a work folder (or database) with their runs,
 * so that a person can type a case's name into {@code review export --case}.
 */
@Command(name = "cases", mixinStandardHelpOptions = true,
		description = "List the cases with their runs: dates, inventory and reconciliation line.",
		footer = { "", "Examples:", "  breach-impact cases", "  breach-impact cases --job jobs/scan.yml" })
class CasesCommand implements Callable<Integer> {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'");

	@Spec
	CommandSpec spec;

	@Option(names = "--job", paramLabel = "<file>",
			description = "Job definition (YAML) of the cases, for their database.")
	Path job;

	@Mixin
	WorkFolderOption workFolder;

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext context = SpringContexts.start(this.job, this.workFolder.overrides())) {
			JdbcInventoryItemRepository items = context.getBean(JdbcInventoryItemRepository.class);
			List<CaseRun> runs = context.getBean(JdbcScanRunRepository.class).all();
			PrintWriter out = this.spec.commandLine().getOut();
			if (runs.isEmpty()) {
				out.println("No case yet: run breach-impact scan first");
			}
			String current = null;
			for (CaseRun run : runs) {
				if (!Objects.equals(run.caseName(), current)) {
					current = run.caseName();
					out.println("Case " + current);
				}
				out.println("  run " + run.runId() + "  started " + time(run.startedAt()) + "  "
						+ ((run.completedAt() != null) ? "completed " + time(run.completedAt()) : "not completed")
						+ "  inventory " + run.inventoryRoot());
				out.println("    " + Reconciliation.of(items, run.runId()).line());
			}
			return SpringApplication.exit(context, () -> ExitCodes.OK);
		}
	}

	private static String time(Instant time) {
		return TIME.format(time.atOffset(ZoneOffset.UTC));
	}

}
