package com.breachimpact.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.breachimpact.report.OutputManifest;
import com.opencsv.CSVReader;

/**
 * Reads report folders back for assertions.
 */
public final class ReportFolders {

	private ReportFolders() {
	}

	/** The rows of a CSV report, header first. */
	public static List<String[]> csv(Path file) {
		try (Reader reader = Files.newBufferedReader(file); CSVReader csv = new CSVReader(reader)) {
			return new ArrayList<>(csv.readAll());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot read " + file, ex);
		}
	}

	/** The rows of a CSV report without its header. */
	public static List<String[]> rows(Path file) {
		List<String[]> rows = csv(file);
		return rows.subList(1, rows.size());
	}

	/** One column of a CSV report's rows. */
	public static List<String> column(Path file, String name) {
		List<String[]> rows = csv(file);
		int index = List.of(rows.get(0)).indexOf(name);
		if (index < 0) {
			throw new IllegalArgumentException(file + " has no column " + name);
		}
		return rows.subList(1, rows.size()).stream().map((row) -> row[index]).toList();
	}

	/**
	 * Every file of a report folder (relative path to content), except the named ones,
	 * with the named columns (and the {@code new_...} columns) left out of every CSV
	 * file: for comparing the reports of two runs that differ only in those columns.
	 */
	public static Map<String, String> contentsWithoutColumns(Path folder, List<String> columns, String... except) {
		Map<String, String> contents = contents(folder, except);
		contents.replaceAll(
				(name, content) -> name.endsWith(".csv") ? dropColumns(folder.resolve(name), columns, true) : content);
		return contents;
	}

	/**
	 * Every file of a report folder, as {@link #contents}, without the columns that tell
	 * in which run of its case a content or credential was first seen: for comparing the
	 * reports of runs of different cases.
	 */
	public static Map<String, String> contentsOfAnyRun(Path folder, String... except) {
		return contentsWithoutOnly(folder, List.of("first_seen_run"), except);
	}

	/**
	 * Every file of a report folder, as {@link #contents}, with only the named columns
	 * left out of every CSV file.
	 */
	public static Map<String, String> contentsWithoutOnly(Path folder, List<String> columns, String... except) {
		Map<String, String> contents = contents(folder, except);
		contents.replaceAll(
				(name, content) -> name.endsWith(".csv") ? dropColumns(folder.resolve(name), columns, false) : content);
		return contents;
	}

	private static String dropColumns(Path file, List<String> columns, boolean deltas) {
		List<String[]> rows = csv(file);
		List<String> header = List.of(rows.get(0));
		StringBuilder kept = new StringBuilder();
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				if (i < header.size() && !columns.contains(header.get(i))
						&& !(deltas && header.get(i).startsWith("new_"))) {
					kept.append(row[i]).append('\u001f');
				}
			}
			kept.append('\n');
		}
		return kept.toString();
	}

	/**
	 * Every CSV and text file of a report folder (relative path to content), except the
	 * named ones. HTML pages, PDFs and STIX bundles are left out: they carry the run id
	 * and the time they were generated, so two runs never match. So is the record of the
	 * files a run wrote, which names the case, and the fingerprints of a client's page
	 * and CSV files ({@code .report-fingerprint}, {@code .files-fingerprint}), which
	 * change with what is new since the previous run.
	 */
	public static Map<String, String> contents(Path folder, String... except) {
		Map<String, String> contents = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			files.filter(Files::isRegularFile).forEach((file) -> {
				String name = folder.relativize(file).toString();
				if (!List.of(except).contains(name) && !name.endsWith(".html") && !name.endsWith(".pdf")
						&& !name.endsWith(".json") && !name.equals(OutputManifest.FILE)
						&& !name.endsWith(".report-fingerprint") && !name.endsWith(".files-fingerprint")) {
					try {
						contents.put(name, Files.readString(file));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return contents;
	}

}
