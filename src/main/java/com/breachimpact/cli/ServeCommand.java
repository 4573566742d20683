package com.breachimpact.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import com.breachimpact.web.ReportViewer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * {@code breach-impact serve}: show a reports folder as a read-only web page on 127.0.0.1
 * until stopped. Needs no database.
 */
@Command(name = "serve",
		description = "Show a reports folder as a read-only web page on this machine (127.0.0.1 only): "
				+ "clients with severity and counts, a search box, each client's report.",
		footer = { "", "Examples:", "  breach-impact serve --out reports/sample",
				"  breach-impact serve --out /cases/acme/reports --port 9090", "",
				"Open the printed address in a browser; Ctrl+C stops the server." })
class ServeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--out", required = true, paramLabel = "<dir>",
			description = "Reports folder of a scan (the one holding summary.csv).")
	Path out;

	@Option(names = "--port", defaultValue = "8080", paramLabel = "<port>",
			description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
	int port;

	@Option(names = "--token",
			description = "Require an access token, made at start and printed in the address: other users of this "
					+ "machine cannot read the reports through the server.")
	boolean token;

	@Override
	public Integer call() throws InterruptedException {
		if (!Files.isRegularFile(this.out.resolve("summary.csv"))) {
			throw new CommandException(ExitCodes.INVALID_INPUT,
					"No reports in " + this.out + ": summary.csv not found (pass the --out folder of a finished scan)");
		}
		if (this.port < 0 || this.port > 65535) {
			throw new CommandException(ExitCodes.INVALID_INPUT,
					"Invalid --port " + this.port + " (use 1-65535, or 0 for any free port)");
		}
		String accessToken = this.token ? newToken() : null;
		ConfigurableApplicationContext viewer;
		try {
			viewer = ReportViewer.start(this.out, this.port, accessToken);
		}
		catch (RuntimeException ex) {
			throw StartupFailures.describe(ex);
		}
		CountDownLatch closed = new CountDownLatch(1);
		viewer.addApplicationListener((ContextClosedEvent event) -> closed.countDown());
		int actualPort = ((WebServerApplicationContext) viewer).getWebServer().getPort();
		this.spec.commandLine()
			.getOut()
			.printf("Serving the reports of %s at http://127.0.0.1:%d/%s (Ctrl+C stops)%n", this.out.toAbsolutePath(),
					actualPort, (accessToken != null) ? "?token=" + accessToken : "");
		this.spec.commandLine().getOut().flush();
		if (viewer.isActive()) {
			closed.await();
		}
		return ExitCodes.OK;
	}

	private static String newToken() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
