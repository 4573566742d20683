package com.breachimpact.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import com.breachimpact.scan.ScanOutcome;
import com.breachimpact.scan.ScanProperties;
import com.breachimpact.scan.ScanRequest;
import com.breachimpact.scan.ScanRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code breach-impact scan}: scan an inventory and write per-client reports.
 */
@Command(name = "scan", description = "Scan an inventory of exfiltrated files and write per-client impact reports.",
		footer = { "", "Examples:", "  breach-impact scan --job jobs/sample-scan.yml",
				"  breach-impact scan --inventory /cases/acme/files --registry clients.csv --out reports/acme",
				"  breach-impact scan --job jobs/scan.yml --quiet    (scheduled: reconciliation line and errors only)",
				"", "On a terminal a progress bar shows files done/total, MB/s, elapsed and remaining time;",
				"otherwise progress is logged every 10 s (breach-impact.progress.log-interval)." })
class ScanCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--job", paramLabel = "<file>",
			description = "Job definition (YAML) holding the scan's parameters; the options below override it.")
	Path job;

	@Option(names = "--case", paramLabel = "<name>",
			description = "Case name: a rerun of a case analyses only what changed since its last completed run "
					+ "(default: the job definition's file name, else the inventory's path).")
	String caseName;

	@Option(names = "--inventory", paramLabel = "<dir>", description = "Folder of the exfiltrated files (read only).")
	Path inventory;

	@Option(names = "--manifest", paramLabel = "<csv>",
			description = "Manifest CSV of the inventory (path, size, sha256[, user, folder, timestamp]); "
					+ "the files lie under --inventory. Without it the inventory folder is walked.")
	Path manifest;

	@Option(names = "--since", paramLabel = "<run id>",
			description = "Also mark in the reports what is new since this run of the case (besides the previous run).")
	Long since;

	@Option(names = "--registry", paramLabel = "<csv>", description = "Client registry CSV.")
	Path registry;

	@Option(names = "--out", paramLabel = "<dir>", description = "Folder the reports are written to.")
	Path out;

	@Option(names = "--quiet",
			description = "For scheduled runs: print only the reconciliation line and errors (no progress, no log).")
	boolean quiet;

	@Mixin
	WorkFolderOption workFolder;

	/**
	 * The case of a scan: as the job definition or {@code --case} names it, else the job
	 * definition's file name, else the inventory's path.
	 */
	static String caseName(ScanProperties properties, Path job) {
		if (properties.caseName() != null && !properties.caseName().isBlank()) {
			return properties.caseName();
		}
		if (job != null) {
			String name = job.getFileName().toString();
			return name.replaceFirst("\\.ya?ml$", "");
		}
		return (properties.inventory() != null) ? ScanRequest.defaultCaseName(properties.inventory()) : null;
	}

	@Override
	public Integer call() {
		Map<String, Object> overrides = new HashMap<>();
		overrides.put("breach-impact.scan.case-name", this.caseName);
		overrides.put("breach-impact.scan.inventory", this.inventory);
		overrides.put("breach-impact.scan.registry", this.registry);
		overrides.put("breach-impact.scan.manifest", this.manifest);
		overrides.put("breach-impact.scan.out", this.out);
		this.workFolder.applyTo(overrides);
		if (this.quiet) {
			overrides.putAll(SpringContexts.QUIET);
		}
		try (ConfigurableApplicationContext context = SpringContexts.start(this.job, overrides)) {
			ScanProperties properties = context.getBean(ScanProperties.class);
			String caseName = caseName(properties, this.job);
			ScanRequest request = new ScanRequest(properties.inventory(), properties.registry(), properties.out(),
					caseName, properties.manifest(), this.since);
			ScanOutcome outcome = context.getBean(ScanRunner.class).scan(request);
			PrintWriter printer = this.spec.commandLine().getOut();
			int code = this.quiet ? OutcomePrinter.printQuiet(outcome, printer, this.spec.commandLine().getErr())
					: OutcomePrinter.print(outcome, caseName, printer);
			return SpringApplication.exit(context, () -> code);
		}
	}

}
