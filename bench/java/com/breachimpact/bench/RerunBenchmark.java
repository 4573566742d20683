package com.breachimpact.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import com.breachimpact.BreachImpactApplication;
import com.breachimpact.scan.ScanOutcome;
import com.breachimpact.scan.ScanRequest;
import com.breachimpact.scan.ScanRunner;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The time of a rerun over an unchanged inventory as a ratio of the full scan
 * of the same inventory, both measured in the same run (job time, the Spring
 * context started once): {@code bench/run rerun [files=20000] [clients=40]
 * [isolation=forked|in-process]}. Runs on the embedded database in a temporary
 * work folder, or on PostgreSQL when BREACH_IMPACT_DB_URL is set.
 */
public final class RerunBenchmark {

	private RerunBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int files = (args.length > 0) ? Integer.parseInt(args[0]) : 20_000;
		int clients = (args.length > 1) ? Integer.parseInt(args[1]) : 40;
		String isolation = (args.length > 2) ? args[2] : "forked";
		Path dir = Files.createTempDirectory("breach-impact-rerun-bench");
		try {
			Path inventory = dir.resolve("inventory");
			Path registry = dir.resolve("clients.csv");
			generate(inventory, registry, files, clients);
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BreachImpactApplication.class)
				.web(WebApplicationType.NONE)
				.logStartupInfo(false)
				.run("--breach-impact.work-dir=" + dir.resolve("work"), "--breach-impact.extraction.isolation=" + isolation,
						"--breach-impact.scan.chunk-size=100", "--breach-impact.progress.mode=none",
						"--logging.level.com.breachimpact=WARN")) {
				ScanRunner runner = context.getBean(ScanRunner.class);
				ScanRequest request = new ScanRequest(inventory, registry, dir.resolve("reports"), "bench");
				ScanOutcome full = runner.scan(request);
				ScanOutcome rerun = runner.scan(request);
				ScanOutcome again = runner.scan(request);
				double fullSeconds = full.duration().toMillis() / 1000.0;
				double rerunSeconds = rerun.duration().toMillis() / 1000.0;
				double againSeconds = again.duration().toMillis() / 1000.0;
				System.out.printf(Locale.ROOT, "inventory: %d files, %d clients, isolation %s%n", files, clients,
						isolation);
				System.out.printf(Locale.ROOT, "full scan:  %8.2f s  (%s)%n", fullSeconds, full.reconciliation().line());
				System.out.printf(Locale.ROOT, "rerun:      %8.2f s  (%s)%n", rerunSeconds,
						rerun.reconciliation().line());
				System.out.printf(Locale.ROOT, "rerun again: %8.2f s  (%s)%n", againSeconds,
						again.reconciliation().line());
				System.out.printf(Locale.ROOT,
						"ratio rerun/full: %.4f (first rerun: every client's documents rewritten, as what is new since"
								+ " a previous run appears); again/full: %.4f (steady state; goal <= 0.02); load %s%n",
						rerunSeconds / fullSeconds, againSeconds / fullSeconds, ProcessTable.load());
				JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
				for (ScanOutcome outcome : new ScanOutcome[] { full, rerun, again }) {
					StringBuilder steps = new StringBuilder("  steps of run " + outcome.runId() + ":");
					jdbc.query("""
							SELECT step_name, start_time, end_time FROM batch_step_execution
							WHERE job_execution_id = ? ORDER BY step_execution_id""", (row) -> {
						steps.append(String.format(Locale.ROOT, " %s %.2fs", row.getString(1),
								java.time.Duration.between(row.getTimestamp(2).toInstant(), row.getTimestamp(3).toInstant())
									.toMillis() / 1000.0));
					}, outcome.executionId());
					System.out.println(steps);
				}
			}
		}
		finally {
			try (Stream<Path> paths = Files.walk(dir)) {
				paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

	/** A platform-like tree: client folders with CSV batches and letters, shared folders, a few clients' routing numbers. */
	private static void generate(Path inventory, Path registry, int files, int clients) throws IOException {
		Random random = new Random(42);
		StringBuilder csv = new StringBuilder("client_id,legal_name,aliases,bic,aba_routing,lei,email_domains,sftp_folders\n");
		String[] routings = new String[clients];
		for (int c = 0; c < clients; c++) {
			routings[c] = routing(random);
			csv.append("C").append(c).append(",Bench Bank ").append(c).append(",,,").append(routings[c])
				.append(",,bench").append(c).append(".example,clients/c").append(c).append('\n');
		}
		Files.createDirectories(inventory);
		Files.writeString(registry, csv, StandardCharsets.UTF_8);
		for (int i = 0; i < files; i++) {
			int c = random.nextInt(clients);
			boolean shared = i % 5 == 0;
			Path file = inventory.resolve(shared ? "shared/batch-" + (i / 500) : "clients/c" + c + "/outbound/" + (i / 500))
				.resolve((i % 2 == 0) ? "payments-" + i + ".csv" : "letter-" + i + ".txt");
			Files.createDirectories(file.getParent());
			String content = (i % 2 == 0)
					? "payee,routing,account,amount\nPayee " + i + "," + routings[c] + ",55" + (100000 + i) + ","
							+ random.nextInt(10000) + ".00\n"
					: "Dear customer " + i + ",\nyour transfer through Bench Bank " + c + " is confirmed.\n";
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
	}

	/** A random routing number with a valid 3-7-1 check digit. */
	private static String routing(Random random) {
		int[] d = new int[9];
		d[0] = random.nextInt(2);
		d[1] = (d[0] == 0) ? 1 + random.nextInt(9) : random.nextInt(3);
		for (int i = 2; i < 8; i++) {
			d[i] = random.nextInt(10);
		}
		int sum = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5]);
		d[8] = (10 - sum % 10) % 10;
		StringBuilder routing = new StringBuilder();
		for (int digit : d) {
			routing.append(digit);
		}
		return routing.toString();
	}

}
