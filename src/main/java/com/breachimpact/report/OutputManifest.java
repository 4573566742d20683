package com.breachimpact.report;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.breachimpact.protection.OutputFiles;

/**
 * The record a reports folder keeps of what the tool wrote into it
 * ({@code .breach-impact-output}): the case the folder belongs to and every file the last
 * run wrote. Files of an earlier run that a new run does not write again are removed, and
 * only those: a file the tool did not write is never deleted. A folder that holds
 * anything but no record of this case is refused.
 */
public final class OutputManifest {

	/** The record's file name in the reports folder. */
	public static final String FILE = ".breach-impact-output";

	private static final String CASE_PREFIX = "case ";

	private final String caseName;

	private final List<String> files;

	private OutputManifest(String caseName, List<String> files) {
		this.caseName = caseName;
		this.files = files;
	}

	/**
	 * Check that a folder can take a case's reports: it does not exist, or is an empty
	 * folder, or a folder this tool wrote the case's reports into before.
	 * @param out the reports folder
	 * @param caseName the case
	 * @throws IllegalArgumentException with the reason and the fix, if it cannot
	 */
	public static void checkUsable(Path out, String caseName) {
		if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		if (!Files.isDirectory(out)) {
			throw new IllegalArgumentException(
					"Reports folder " + out + " is not a folder (pass a new or empty folder with --out)");
		}
		try {
			OutputManifest previous = read(out);
			if (previous == null) {
				if (!isEmpty(out)) {
					throw new IllegalArgumentException("Reports folder " + out
							+ " is not empty and holds no reports of this tool: pass a new or empty folder with --out"
							+ " (nothing in it is changed)");
				}
				return;
			}
			if (caseName != null && previous.caseName != null && !previous.caseName.equals(caseName)) {
				throw new IllegalArgumentException("Reports folder " + out + " holds the reports of case '"
						+ previous.caseName + "', not of case '" + caseName + "': pass another folder with --out");
			}
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Reports folder " + out + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Claim a folder for a case before writing into it: record the case, keeping the
	 * files of the previous run on record.
	 * @param out the reports folder
	 * @param caseName the case, or {@code null} when unknown
	 * @return the previous record (no files when there was none)
	 * @throws IOException if the record cannot be written
	 */
	static OutputManifest claim(Path out, String caseName) throws IOException {
		checkUsable(out, caseName);
		OutputManifest previous = read(out);
		OutputManifest claimed = new OutputManifest(caseName, (previous != null) ? previous.files : new ArrayList<>());
		claimed.save(out);
		return claimed;
	}

	/**
	 * Whether the last run recorded wrote a file.
	 * @param out the reports folder
	 * @param file the file, under the folder
	 * @return whether the record lists it
	 */
	boolean lists(Path out, Path file) {
		Path root = out.toAbsolutePath().normalize();
		Path target = file.toAbsolutePath().normalize();
		return target.startsWith(root) && this.files.contains(root.relativize(target).toString());
	}

	/**
	 * Record the files a run wrote, and remove the files of the previous run that it did
	 * not write again (regular files only, never through a link), with the folders they
	 * leave empty.
	 * @param out the reports folder
	 * @param written the files the run wrote, relative to the folder
	 * @throws IOException if the record cannot be written
	 */
	void replace(Path out, List<String> written) throws IOException {
		Set<String> now = new HashSet<>(written);
		Path root = out.toAbsolutePath().normalize();
		for (String old : this.files) {
			Path file = root.resolve(old).normalize();
			if (now.contains(old) || !file.startsWith(root) || file.equals(root.resolve(FILE))
					|| !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || throughLink(root, file)) {
				continue;
			}
			Files.delete(file);
			for (Path folder = file.getParent(); !folder.equals(root) && isEmpty(folder); folder = folder.getParent()) {
				Files.delete(folder);
			}
		}
		new OutputManifest(this.caseName, new ArrayList<>(written)).save(out);
	}

	private static boolean throughLink(Path root, Path file) {
		for (Path folder = file.getParent(); !folder.equals(root); folder = folder.getParent()) {
			if (Files.isSymbolicLink(folder)) {
				return true;
			}
		}
		return false;
	}

	private void save(Path out) throws IOException {
		StringBuilder text = new StringBuilder();
		text.append(CASE_PREFIX).append((this.caseName != null) ? encode(this.caseName) : "").append('\n');
		this.files.forEach((file) -> text.append(encode(file)).append('\n'));
		OutputFiles.writeString(out.resolve(FILE), text.toString());
	}

	private static OutputManifest read(Path out) throws IOException {
		Path file = out.resolve(FILE);
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			return null;
		}
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		if (lines.isEmpty() || !lines.get(0).startsWith(CASE_PREFIX)) {
			return null;
		}
		String caseName = lines.get(0).substring(CASE_PREFIX.length());
		List<String> files = new ArrayList<>();
		lines.subList(1, lines.size())
			.stream()
			.filter((line) -> !line.isEmpty())
			.map(OutputManifest::decode)
			.forEach(files::add);
		return new OutputManifest(caseName.isEmpty() ? null : decode(caseName), files);
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			return !entries.iterator().hasNext();
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
