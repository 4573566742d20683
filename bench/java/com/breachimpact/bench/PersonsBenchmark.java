package com.breachimpact.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.breachimpact.classification.SensitiveDataClassifier;
import com.breachimpact.classification.SensitiveFinding;
import com.breachimpact.extraction.ContentExtractor;
import com.breachimpact.extraction.ExtractedPart;
import com.breachimpact.extraction.Extraction;
import com.breachimpact.extraction.ExtractionProperties;
import com.breachimpact.extraction.TikaContentExtractor;
import com.breachimpact.persons.ObligationCalculator;
import com.breachimpact.persons.PersonRecord;
import com.breachimpact.persons.PersonRecords;
import com.breachimpact.protection.KeyedHasher;

/**
 * What the person and residency steps add to the analysis of the bench inventory, on one
 * thread and in one JVM: per round, (a) Tika extraction and classification of every
 * file (the analysis work of a scan without the database), then (b) the same plus the
 * person records of every file and, for the whole inventory as one client, person
 * resolution, legal combinations, residences and obligations. The ratio b / a is an
 * upper bound of what the steps add to a whole scan (which also ingests, writes the
 * database and the reports). The order of (a) and (b) alternates over rounds (ABBA...),
 * each round's times are printed, and the figure is the ratio of the medians; use an even
 * number of rounds and a quiet machine (the load average is printed at start and end).
 * Beside wall time it takes the CPU time of the benchmark thread, which other users of a
 * shared machine disturb much less (garbage collection threads are not in it).
 * Usage: {@code bench/run persons [files] [rounds]} (defaults 2000 files, 4 rounds).
 */
public final class PersonsBenchmark {

	private PersonsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 2000;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 4;
		Path root = BenchInventory.of(count);
		List<Path> files = BenchInventory.files(root);
		SensitiveDataClassifier classifier = new SensitiveDataClassifier(
				KeyedHasher.withKey("benchmark-key-not-secret-000000000".getBytes(StandardCharsets.UTF_8)));
		ContentExtractor extractor = new TikaContentExtractor(
				ExtractionProperties.defaults().withIsolation(ExtractionProperties.Isolation.IN_PROCESS));
		ObligationCalculator obligations = ObligationCalculator.shipped();
		run(files, extractor, classifier, obligations, false);
		run(files, extractor, classifier, obligations, true);
		double[] without = new double[rounds];
		double[] with = new double[rounds];
		double[] withoutCpu = new double[rounds];
		double[] withCpu = new double[rounds];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long persons = 0;
		System.out.printf("load average at start: %.2f%n", loadAverage());
		for (int round = 0; round < rounds; round++) {
			// the order alternates (ABBA...): whichever runs second in a round finds the
			// JIT, caches and page cache warmer, so neither side always gets that
			boolean withFirst = (round % 2) == 1;
			for (boolean side : withFirst ? new boolean[] { true, false } : new boolean[] { false, true }) {
				long wall = System.nanoTime();
				long cpu = threads.getCurrentThreadCpuTime();
				long resolved = run(files, extractor, classifier, obligations, side);
				double wallSeconds = (System.nanoTime() - wall) / 1e9;
				double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
				if (side) {
					persons = resolved;
					with[round] = wallSeconds;
					withCpu[round] = cpuSeconds;
				}
				else {
					without[round] = wallSeconds;
					withoutCpu[round] = cpuSeconds;
				}
			}
			System.out.printf("round %d (%s first): extract + classify %.2f s (CPU %.2f s), + persons and residency "
					+ "%.2f s (CPU %.2f s), ratio %.3fx (CPU %.3fx)%n", round + 1,
					withFirst ? "with persons" : "without", without[round], withoutCpu[round], with[round],
					withCpu[round], with[round] / without[round], withCpu[round] / withoutCpu[round]);
		}
		double medianWithout = median(without);
		double medianWith = median(with);
		double load = loadAverage();
		System.out.printf(
				"%d files, %d rounds, %d persons resolved; median %.2f s without, %.2f s with: ratio of medians "
						+ "%.3fx (goal <= 1.10x); in CPU time of the benchmark thread %.3fx; load average at end %.2f%s%n",
				files.size(), rounds, persons, medianWithout, medianWith, medianWith / medianWithout,
				median(withCpu) / median(withoutCpu), load,
				(load >= 1.5) ? " (a loaded machine: not a figure to report)" : "");
	}

	/** The median; for an even number of values, the mean of the middle two. */
	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return ((sorted.length % 2) == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static long run(List<Path> files, ContentExtractor extractor, SensitiveDataClassifier classifier,
			ObligationCalculator obligations, boolean persons) {
		List<PersonRecord> records = new ArrayList<>();
		long findings = 0;
		for (Path file : files) {
			Extraction extraction = extractor.extract(file, file.getFileName().toString());
			for (ExtractedPart part : extraction.parts()) {
				if (part.text().isEmpty()) {
					continue;
				}
				List<SensitiveFinding> found = classifier
					.classify(part.text(), file.getFileName().toString(), part.mediaType())
					.findings();
				findings += found.size();
				if (persons) {
					records.addAll(PersonRecords.of(found));
				}
			}
		}
		return persons ? obligations.of(records).persons() : findings;
	}

}
