package com.breachimpact.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.breachimpact.indicators.ClientIndicatorFiles;
import com.breachimpact.report.ClientFolders;
import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

/**
 * The clients of a reports folder, read from its {@code summary.csv} on every call so
 * that the page shows the folder as it is now.
 */
public final class ReportIndex {

	static final String SUMMARY_CSV = "summary.csv";

	/** The files of a client's folder the viewer serves. */
	static final Set<String> CLIENT_FILES = Set.of("report.html", "report.pdf", ClientIndicatorFiles.BUNDLE,
			ClientIndicatorFiles.DELTA_BUNDLE, ClientIndicatorFiles.HASHES_CSV, ClientIndicatorFiles.CREDENTIALS_CSV);

	private final Path out;

	/**
	 * An index of a reports folder.
	 * @param out the reports folder of a scan
	 */
	public ReportIndex(Path out) {
		this.out = out.toAbsolutePath().normalize();
	}

	/** The reports folder. */
	public Path folder() {
		return this.out;
	}

	/**
	 * The clients whose name or id contains a query, ignoring case, in the summary's
	 * order (most severe first).
	 * @param query the text to look for; blank for every client
	 * @return the matching clients
	 */
	public List<ClientEntry> clients(String query) {
		String needle = (query != null) ? query.strip().toLowerCase(Locale.ROOT) : "";
		return read().stream()
			.filter((client) -> needle.isEmpty() || client.clientId().toLowerCase(Locale.ROOT).contains(needle)
					|| client.name().toLowerCase(Locale.ROOT).contains(needle))
			.toList();
	}

	/**
	 * A client's report file, when the client is in the summary and the file is one of
	 * its reports.
	 * @param folderName the client's folder name under {@code clients/}
	 * @param fileName one of {@link #CLIENT_FILES}
	 * @return the file, when it exists
	 */
	public Optional<Path> clientReport(String folderName, String fileName) {
		if (!CLIENT_FILES.contains(fileName)) {
			return Optional.empty();
		}
		return read().stream()
			.filter((client) -> client.folder().equals(folderName))
			.findFirst()
			.map((client) -> ClientFolders.folder(this.out, client.clientId()).resolve(fileName))
			.filter((path) -> regularFileWithoutLinks(this.out, path));
	}

	/**
	 * Whether a file is a regular file reached from the folder without any link: a link
	 * in the reports folder may point anywhere, and is never served.
	 * @param folder the reports folder
	 * @param file a file under it
	 * @return whether it may be served
	 */
	static boolean regularFileWithoutLinks(Path folder, Path file) {
		Path root = folder.toAbsolutePath().normalize();
		Path path = file.toAbsolutePath().normalize();
		if (!path.startsWith(root) || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
			return false;
		}
		for (Path step = path.getParent(); !step.equals(root); step = step.getParent()) {
			if (Files.isSymbolicLink(step)) {
				return false;
			}
		}
		return true;
	}

	private List<ClientEntry> read() {
		Path summary = this.out.resolve(SUMMARY_CSV);
		try (Reader reader = Files.newBufferedReader(summary, StandardCharsets.UTF_8);
				CSVReader csv = new CSVReader(reader)) {
			List<String[]> rows = csv.readAll();
			if (rows.isEmpty()) {
				return List.of();
			}
			List<String> header = List.of(rows.get(0));
			int id = header.indexOf("client_id");
			int name = header.indexOf("name");
			int severity = header.indexOf("severity");
			int rule = header.indexOf("severity_rule");
			int files = header.indexOf("affected_files");
			int people = header.indexOf("estimated_individuals");
			List<ClientEntry> clients = new ArrayList<>();
			for (String[] row : rows.subList(1, rows.size())) {
				clients.add(new ClientEntry(row[id], row[name], row[severity], row[rule], row[files], row[people],
						ClientFolders.folder(this.out, row[id]).getFileName().toString()));
			}
			return clients;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + summary, ex);
		}
		catch (CsvException ex) {
			throw new IllegalStateException("Cannot read " + summary + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * One client of the summary.
	 *
	 * @param clientId the client id
	 * @param name the legal name
	 * @param severity notify, review or informational
	 * @param rule the severity rule that fired
	 * @param files affected files
	 * @param estimatedIndividuals estimated individuals
	 * @param folder the client's folder name under {@code clients/}
	 */
	public record ClientEntry(String clientId, String name, String severity, String rule, String files,
			String estimatedIndividuals, String folder) {

	}

}
