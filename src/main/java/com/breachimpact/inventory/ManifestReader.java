package com.breachimpact.inventory;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.breachimpact.extraction.LedgerPaths;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;

import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads an inventory given as a manifest: a CSV with a header row and the columns
 * {@code path}, {@code size}, {@code sha256} (and optionally {@code user},
 * {@code folder}, {@code timestamp}, as the transfer platform's logs export them), the
 * files lying under a root folder. One row at a time, so a manifest of millions of
 * entries needs no more memory than one; a restart skips the rows already read. Each
 * entry carries what the manifest says of it, for the digester to check against the file
 * found.
 */
public class ManifestReader extends AbstractItemCountingItemStreamItemReader<InventoryEntry> {

	private final Path manifest;

	private final Path root;

	private CSVReader csv;

	private Map<String, Integer> columns;

	public ManifestReader(Path manifest, Path root) {
		this.manifest = manifest;
		this.root = root;
		setName("manifestReader");
	}

	@Override
	protected void doOpen() throws Exception {
		Reader reader = Files.newBufferedReader(this.manifest, StandardCharsets.UTF_8);
		this.csv = new CSVReaderBuilder(reader).withCSVParser(new RFC4180ParserBuilder().build()).build();
		String[] header = this.csv.readNext();
		if (header == null) {
			throw new ItemStreamException("Manifest " + this.manifest + " is empty: it needs a header row");
		}
		this.columns = new HashMap<>();
		for (int i = 0; i < header.length; i++) {
			this.columns.put(header[i].strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT), i);
		}
		if (!this.columns.containsKey("path")) {
			throw new ItemStreamException("Manifest " + this.manifest + " has no 'path' column (line 1)");
		}
	}

	@Override
	protected InventoryEntry doRead() throws IOException, CsvException {
		String[] row = this.csv.readNext();
		if (row == null) {
			return null;
		}
		long line = this.csv.getLinesRead();
		String path = cell(row, "path");
		if (path == null || path.isBlank()) {
			throw new ItemStreamException("Manifest " + this.manifest + " line " + line + ": empty path");
		}
		String relativePath = relativePath(this.manifest, path, line);
		ManifestRecord record = new ManifestRecord(parseSize(cell(row, "size"), line), lower(cell(row, "sha256")),
				cell(row, "user"), cell(row, "folder"), cell(row, "timestamp"));
		Path file = InventoryPaths.resolve(this.root, relativePath);
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
					LinkOption.NOFOLLOW_LINKS);
			EntryType type = (attributes.isSymbolicLink() || throughLink(this.root, relativePath)) ? EntryType.SYMLINK
					: attributes.isRegularFile() ? EntryType.FILE : EntryType.OTHER;
			return new InventoryEntry(relativePath, type, attributes.size(), attributes.lastModifiedTime().toInstant(),
					file, record);
		}
		catch (NoSuchFileException ex) {
			return new InventoryEntry(relativePath, EntryType.MISSING, Math.max(record.size(), 0), Instant.EPOCH, file,
					record);
		}
	}

	/**
	 * Check every path of a manifest before a scan starts: none may be empty or leave the
	 * inventory root.
	 * @param manifest the manifest
	 * @throws IllegalArgumentException naming the first bad line
	 * @throws IOException if the manifest cannot be read
	 */
	public static void checkPaths(Path manifest) throws IOException {
		try (CSVReader csv = new CSVReaderBuilder(Files.newBufferedReader(manifest, StandardCharsets.UTF_8))
			.withCSVParser(new RFC4180ParserBuilder().build())
			.build()) {
			String[] header = csv.readNext();
			if (header == null) {
				throw new IllegalArgumentException("Manifest " + manifest + " is empty: it needs a header row");
			}
			int column = -1;
			for (int i = 0; i < header.length; i++) {
				if (header[i].strip().replace("\uFEFF", "").equalsIgnoreCase("path")) {
					column = i;
				}
			}
			if (column < 0) {
				throw new IllegalArgumentException("Manifest " + manifest + " has no 'path' column (line 1)");
			}
			for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
				String path = (column < row.length) ? row[column] : null;
				try {
					relativePath(manifest, path, csv.getLinesRead());
				}
				catch (ItemStreamException ex) {
					throw new IllegalArgumentException(ex.getMessage(), ex);
				}
			}
		}
		catch (CsvException ex) {
			throw new IllegalArgumentException("Manifest " + manifest + " is not a well-formed CSV: line "
					+ ex.getLineNumber() + " (" + ex.getClass().getSimpleName() + ")", ex);
		}
	}

	private static String relativePath(Path manifest, String path, long line) {
		if (path == null || path.isBlank()) {
			throw new ItemStreamException("Manifest " + manifest + " line " + line + ": empty path");
		}
		String relativePath = path.strip().replace('\\', '/');
		while (relativePath.startsWith("/")) {
			relativePath = relativePath.substring(1);
		}
		if (relativePath.equals("..") || relativePath.startsWith("../") || relativePath.contains("/../")
				|| relativePath.endsWith("/..")) {
			throw new ItemStreamException(
					"Manifest " + manifest + " line " + line + ": path leaves the inventory root: " + relativePath);
		}
		return LedgerPaths.escape(relativePath);
	}

	/**
	 * Whether a folder on the way from the root to a path is a symbolic link: links are
	 * never followed, in a manifest as in a walk.
	 */
	private static boolean throughLink(Path root, String relativePath) {
		String[] parts = relativePath.split("/");
		Path folder = root;
		for (int i = 0; i < parts.length - 1; i++) {
			folder = folder.resolve(LedgerPaths.unescapeSegment(parts[i]));
			if (Files.isSymbolicLink(folder)) {
				return true;
			}
		}
		return false;
	}

	private String cell(String[] row, String column) {
		Integer index = this.columns.get(column);
		if (index == null || index >= row.length) {
			return null;
		}
		String value = row[index].strip();
		return value.isEmpty() ? null : value;
	}

	private long parseSize(String value, long line) {
		if (value == null) {
			return -1;
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new ItemStreamException("Manifest " + this.manifest + " line " + line + ": size is not a number");
		}
	}

	private static String lower(String value) {
		return (value != null) ? value.toLowerCase(Locale.ROOT) : null;
	}

	@Override
	protected void doClose() {
		if (this.csv != null) {
			try {
				this.csv.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
