package com.breachimpact.cli;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.List;

import com.breachimpact.persons.RulesFileException;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.web.server.PortInUseException;

/**
 * Turns a failure to start the application into one line for the person who ran the
 * command, with the fix: the database cannot be reached, the case database is in use, the
 * port is taken.
 */
final class StartupFailures {

	/**
	 * Logging properties that keep Spring Boot's own multi-line failure report and the
	 * connection pool's stack trace off the console: the command prints the one line of
	 * {@link #describe(Throwable)} instead.
	 */
	static final List<String> QUIET_FAILURE_LOGGING = List.of(
			"logging.level.org.springframework.boot.SpringApplication=OFF",
			"logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=ERROR",
			"logging.level.org.springframework.boot.diagnostics=OFF",
			"logging.level.org.springframework.boot.autoconfigure.logging=OFF",
			"logging.level.com.zaxxer.hikari.pool.HikariPool=OFF");

	private StartupFailures() {
	}

	/**
	 * Describe a startup failure.
	 * @param failure what the application threw while starting
	 * @return a command exception with a one-line message and its exit code
	 */
	static CommandException describe(Throwable failure) {
		Throwable root = failure;
		boolean unreachable = false;
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			root = cause;
			if (cause instanceof CommandException command) {
				return command;
			}
			if (cause instanceof RulesFileException rules) {
				return new CommandException(ExitCodes.INVALID_INPUT, "Notification rules: " + rules.getMessage());
			}
			if (cause instanceof UnboundConfigurationPropertiesException unbound) {
				return new CommandException(ExitCodes.INVALID_INPUT,
						"Unknown key: "
								+ String.join(", ",
										unbound.getUnboundProperties()
											.stream()
											.map((property) -> property.getName().toString())
											.toList())
								+ " (check the job definition against src/main/resources/application.yml)");
			}
			if (cause instanceof BindException bind && !(bind.getCause() instanceof BindException)
					&& !(bind.getCause() instanceof UnboundConfigurationPropertiesException)) {
				ConfigurationProperty property = bind.getProperty();
				String value = (property != null) ? " " + property.getName() + " = '" + property.getValue() + "'" : "";
				return new CommandException(ExitCodes.INVALID_INPUT,
						"Invalid value of " + bind.getName() + value + ": " + firstLine(mostSpecific(bind)));
			}
			if (cause instanceof PortInUseException portInUse) {
				return new CommandException(ExitCodes.INVALID_INPUT, "Port " + portInUse.getPort()
						+ " is already in use on 127.0.0.1: pass another --port, or stop the program using it");
			}
			String message = String.valueOf(cause.getMessage());
			if (message.contains("Database may be already in use")) {
				return new CommandException(ExitCodes.ERROR,
						"The case database is in use by another breach-impact command: wait for it to finish, or pass another --work-dir");
			}
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| (cause instanceof SQLException sql && sql.getSQLState() != null
							&& sql.getSQLState().startsWith("08"))) {
				unreachable = true;
			}
		}
		String reason = firstLine(root);
		if (unreachable) {
			return new CommandException(ExitCodes.ERROR, "Cannot reach the database (" + reason
					+ "): start the database server, or fix BREACH_IMPACT_DB_URL or spring.datasource.url in the job definition");
		}
		return new CommandException(ExitCodes.ERROR,
				"Cannot start (" + reason + "): check the job definition and the database settings");
	}

	private static Throwable mostSpecific(Throwable ex) {
		Throwable specific = ex;
		while (specific.getCause() != null && specific.getCause() != specific) {
			specific = specific.getCause();
		}
		return specific;
	}

	private static String firstLine(Throwable ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		int newline = message.indexOf('\n');
		return ((newline >= 0) ? message.substring(0, newline) : message).strip();
	}

}
