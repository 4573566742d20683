package com.breachimpact.partition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.breachimpact.scan.ScanRequest;
import com.breachimpact.support.TestInventory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ApplicationContext;

/**
 * An inventory big enough for partitions that last a while (the test inventory and 240
 * text files mentioning its clients), written once per test JVM, with the reports of its
 * single-threaded scan.
 */
final class BusyInventory {

	private static Path root;

	private static Path reports;

	private BusyInventory() {
	}

	/** The inventory root; {@link #reports(ApplicationContext)} writes it. */
	static synchronized Path root() {
		return root;
	}

	/** The registry of the inventory. */
	static synchronized Path registry() {
		return root.getParent().resolve("clients.csv");
	}

	/**
	 * The single-threaded reports, written (with the inventory) on first use.
	 * @param context a test context to scan in
	 * @return the reports folder
	 */
	static synchronized Path reports(ApplicationContext context) throws Exception {
		if (reports == null) {
			Path dir = Files.createTempDirectory("breach-impact-busy");
			Path inventory = TestInventory.write(dir);
			StringBuilder text = new StringBuilder();
			for (int line = 0; line < 30; line++) {
				text.append("2024-03-02 wire ")
					.append(line)
					.append(" sent via routing 021000021 for Prairie Gold Credit Union, copy ops@firstharbor.example\n");
			}
			for (int i = 0; i < 240; i++) {
				write(inventory.resolve("bulk/" + (i % 12) + "/wire-" + i + ".txt"), "file " + i + "\n" + text);
			}
			Path out = dir.resolve("single-threaded-reports");
			JobExecution single = SingleThreadedScans.scan(context,
					new ScanRequest(inventory, dir.resolve("clients.csv"), out));
			if (single.getStatus() != BatchStatus.COMPLETED) {
				throw new IllegalStateException("The baseline scan ended " + single.getStatus());
			}
			root = inventory;
			reports = out;
		}
		return reports;
	}

	private static void write(Path file, String content) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
