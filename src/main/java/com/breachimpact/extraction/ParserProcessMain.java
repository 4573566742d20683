package com.breachimpact.extraction;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.apache.tika.parser.Parser;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

/**
 * The main class of the child JVMs of a {@link ForkedContentExtractor}: reads requests on
 * its standard input, extracts with a {@link TikaContentExtractor} and writes the results
 * on its standard output ({@link ParserProtocol}); everything else the JVM prints goes to
 * standard error. Exits when its input ends, so a child never outlives its parent for
 * long.
 */
public final class ParserProcessMain {

	private static final long PROGRESS_INTERVAL_MILLIS = 250;

	private ParserProcessMain() {
	}

	/**
	 * Run a parser process.
	 * @param args the parser class ({@code -} for Tika's auto-detecting parser), then the
	 * write limit, member limit, depth limit, expanded bytes limit, expansion ratio limit
	 * and time limit in milliseconds
	 * @throws Exception if the parser process cannot start or its streams fail
	 */
	public static void main(String[] args) throws Exception {
		DataOutputStream out = new DataOutputStream(
				new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
		System.setOut(System.err);
		quietLogging();
		DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
		ExtractionProperties properties = ExtractionProperties.defaults()
			.withIsolation(ExtractionProperties.Isolation.IN_PROCESS)
			.withLimits(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
					DataSize.ofBytes(Long.parseLong(args[4])), Integer.parseInt(args[5]))
			.withTimeouts(Duration.ofMillis(Long.parseLong(args[6])), Duration.ofMillis(Long.parseLong(args[6])));
		Parser parser = "-".equals(args[0]) ? TikaContentExtractor.defaultParser()
				: (Parser) Class.forName(args[0]).getDeclaredConstructor().newInstance();
		TikaContentExtractor extractor = new TikaContentExtractor(parser, properties);
		AtomicBoolean busy = new AtomicBoolean();
		Thread monitor = new Thread(() -> reportProgress(extractor, busy, out), "parser-process-progress");
		monitor.setDaemon(true);
		monitor.start();
		synchronized (out) {
			out.writeByte(ParserProtocol.READY);
			out.flush();
		}
		while (true) {
			int request;
			try {
				request = in.readUnsignedByte();
			}
			catch (EOFException ex) {
				return;
			}
			if (request != ParserProtocol.EXTRACT) {
				return;
			}
			String path = ParserProtocol.readString(in);
			String name = ParserProtocol.readString(in);
			busy.set(true);
			Extraction extraction = extractor.extract(Path.of(path), name);
			busy.set(false);
			synchronized (out) {
				ParserProtocol.writeExtraction(out, extraction);
				out.flush();
			}
		}
	}

	private static void reportProgress(TikaContentExtractor extractor, AtomicBoolean busy, DataOutputStream out) {
		long last = extractor.progress();
		try {
			while (true) {
				Thread.sleep(PROGRESS_INTERVAL_MILLIS);
				long now = extractor.progress();
				if (now != last && busy.get()) {
					synchronized (out) {
						out.writeByte(ParserProtocol.PROGRESS);
						out.flush();
					}
				}
				last = now;
			}
		}
		catch (InterruptedException | IOException ex) {
			// the parent is gone or the parser process is exiting
		}
	}

	/**
	 * Parsers log warnings for every odd file; the child keeps errors only, on standard
	 * error.
	 */
	private static void quietLogging() {
		ILoggerFactory factory = LoggerFactory.getILoggerFactory();
		if (factory instanceof LoggerContext context) {
			context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.ERROR);
		}
	}

}
