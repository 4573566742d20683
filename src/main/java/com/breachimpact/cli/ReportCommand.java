package com.breachimpact.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import com.breachimpact.classification.SeverityProperties;
import com.breachimpact.indicators.IndicatorsProperties;
import com.breachimpact.institution.ClientRegistry;
import com.breachimpact.institution.RegistryCatalog;
import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.inventory.JdbcScanRunRepository;
import com.breachimpact.inventory.Reconciliation;
import com.breachimpact.partition.PartitionProperties;
import com.breachimpact.report.ImpactReportWriter;
import com.breachimpact.report.ReportProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import com.breachimpact.persons.ObligationCalculator;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code breach-impact report}: write the reports of a run from what is analysed so far,
 * while its scan is still running or after it stopped. Items not analysed yet are listed
 * as pending in {@code ledger.csv} and counted as unaccounted in the reconciliation.
 */
@Command(name = "report",
		description = { "Write the CSV reports of a run from what is analysed so far: the scan may",
				"still be running. Items not analysed yet are 'pending' in ledger.csv and",
				"UNACCOUNTED in the reconciliation." },
		footer = { "", "Examples:", "  breach-impact report --run 7 --out reports/acme-early",
				"  breach-impact report --job jobs/scan.yml --run 7 --out /cases/acme/reports-early" })
class ReportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--run", paramLabel = "<id>",
			description = "The run (printed by 'scan' as 'Run <id>'; default: the latest run of the only case of the work folder).")
	Long run;

	@Option(names = "--out", required = true, paramLabel = "<dir>",
			description = "Folder to write the reports to; use another folder than the scan's own.")
	Path out;

	@Option(names = "--job", paramLabel = "<file>",
			description = "Job definition (YAML) of the case, for its database.")
	Path job;

	@Mixin
	WorkFolderOption workFolder;

	@Override
	public Integer call() {
		Map<String, Object> overrides = new HashMap<>();
		this.workFolder.applyTo(overrides);
		try (ConfigurableApplicationContext context = SpringContexts.start(this.job, overrides)) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			JdbcScanRunRepository runs = context.getBean(JdbcScanRunRepository.class);
			if (this.run == null) {
				this.run = runs.onlyCase()
					.flatMap(runs::latest)
					.orElseThrow(() -> new CommandException(ExitCodes.INVALID_INPUT,
							"Pass --run: the work folder does not hold exactly one case (breach-impact cases lists them)"));
			}
			JdbcScanRunRepository.ScanRun run = runs.find(this.run)
				.orElseThrow(() -> new CommandException(ExitCodes.INVALID_INPUT,
						"No run " + this.run + " in the database (the scan prints 'Run <id>' when it ends; "
								+ "point --job or BREACH_IMPACT_DB_URL at the scan's database)"));
			Path registryFile = Path.of(run.registryPath());
			if (!Files.isReadable(registryFile)) {
				throw new CommandException(ExitCodes.INVALID_INPUT,
						"The client registry of run " + this.run + " is not readable: " + registryFile);
			}
			ClientRegistry registry = context.getBean(RegistryCatalog.class).get(registryFile).registry();
			PrintWriter out = this.spec.commandLine().getOut();
			if (!registry.sha256().equals(run.registrySha256())) {
				out.println("Warning: the client registry " + registryFile
						+ " changed since the run started; client names come from its current version");
			}
			new ImpactReportWriter(jdbc, registry, context.getBean(SeverityProperties.class).policy(), false, null,
					context.getBean(IndicatorsProperties.class),
					context.getBeanProvider(ObligationCalculator.class).getIfAvailable(),
					context.getBean(PartitionProperties.class).effectiveThreads(),
					context.getBean(ReportProperties.class))
				.write(this.run, this.out);
			Reconciliation reconciliation = Reconciliation.of(context.getBean(JdbcInventoryItemRepository.class),
					this.run);
			out.printf("Run %d: %s%n", this.run, reconciliation.line());
			if (reconciliation.pending() > 0) {
				out.printf("%d items not analysed yet: they are 'pending' in ledger.csv; these reports are partial%n",
						reconciliation.pending());
			}
			out.printf("Reports: %s%n", this.out.toAbsolutePath());
			out.flush();
			return ExitCodes.OK;
		}
	}

}
