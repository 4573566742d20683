package com.breachimpact.cli;

import java.io.PrintWriter;

import com.breachimpact.scan.CaseBusyException;
import com.breachimpact.scan.InvalidScanException;
import picocli.CommandLine;

/**
 * Entry point of the {@code breach-impact} command line. Errors meant for a person print
 * as one line with the fix; the exit code tells scripts what happened (see
 * {@link ExitCodes}).
 */
public final class BreachImpactCli {

	private BreachImpactCli() {
	}

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/**
	 * Run a command line.
	 * @param args the arguments
	 * @return the exit code
	 */
	public static int run(String... args) {
		return commandLine().execute(args);
	}

	/**
	 * The command line, ready to execute.
	 * @return the picocli command line
	 */
	public static CommandLine commandLine() {
		CommandLine commandLine = new CommandLine(new BreachImpactCommand());
		commandLine.setExecutionExceptionHandler(BreachImpactCli::handle);
		return commandLine;
	}

	private static int handle(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
		PrintWriter err = commandLine.getErr();
		Throwable cause = ex;
		while (cause != null) {
			if (cause instanceof CommandException command) {
				err.println("breach-impact: " + command.getMessage());
				return command.exitCode();
			}
			if (cause instanceof CaseBusyException busy) {
				err.println("breach-impact: " + busy.getMessage());
				return ExitCodes.CASE_BUSY;
			}
			if (cause instanceof InvalidScanException invalid) {
				err.println("breach-impact: " + invalid.getMessage());
				return ExitCodes.INVALID_INPUT;
			}
			cause = cause.getCause();
		}
		err.println("breach-impact: " + ex.getMessage());
		err.println("(unexpected error: the log above has the details)");
		return ExitCodes.ERROR;
	}

}
