package com.breachimpact.analysis;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.breachimpact.extraction.ExtractedPart;
import com.breachimpact.extraction.MetadataField;
import com.breachimpact.extraction.Extraction;
import com.breachimpact.extraction.ExtractionStatus;
import com.breachimpact.protection.OwnerOnlyFiles;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A content-addressed cache of extracted text in the case's work folder, so that a
 * registry change re-maps items without parsing them again. Each entry is the extraction
 * of one content (keyed by its SHA-256): the status, media type and every part's path,
 * type and text, gzip-compressed, in {@code
 *
<dir>
 * /<first two hex digits>/<sha256>.gz}.
 * <p>
 * The text is the stolen data itself, sensitive values included: the folder and its files
 * are created readable by their owner only, and belong with the case's other evidence.
 * Deleting the folder only costs a re-extraction.
 */
public class TextCache {

	private static final Logger logger = LoggerFactory.getLogger(TextCache.class);

	/**
	 * The entry format, bumped when entries or the extracted text change shape (3: ODS
	 * rows as tab-separated lines): an entry of another format is a miss, and is
	 * replaced.
	 */
	private static final int FORMAT = 3;

	private final Path directory;

	public TextCache(Path directory) {
		this.directory = directory.toAbsolutePath();
	}

	/**
	 * Store the extraction of a content, unless it is stored already. Failures to write
	 * are logged, never thrown: the cache is an optimisation.
	 * @param sha256 the content's hash
	 * @param extraction its extraction
	 */
	public void put(String sha256, Extraction extraction) {
		Path file = file(sha256);
		if (Files.exists(file) && format(file) == FORMAT) {
			return;
		}
		try {
			OwnerOnlyFiles.createPrivateDirectories(file.getParent());
			Path temp = Files.createTempFile(file.getParent(), sha256, ".tmp",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			try (OutputStream out = Files.newOutputStream(temp);
					DataOutputStream data = new DataOutputStream(
							new BufferedOutputStream(new GZIPOutputStream(out, 64 * 1024)))) {
				write(data, extraction);
			}
			try {
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException | UnsupportedOperationException ex) {
			logger.warn("Cannot cache the text of content {}: {}", sha256, ex.toString());
		}
	}

	/**
	 * The cached extraction of a content.
	 * @param sha256 the content's hash
	 * @return the extraction, or empty when not cached (or unreadable)
	 */
	public Optional<Extraction> get(String sha256) {
		Path file = file(sha256);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		int format = format(file);
		if (format >= 0 && format != FORMAT) {
			logger.debug("The cached text of content {} is of an older format: extracted again", sha256);
			return Optional.empty();
		}
		try (InputStream in = Files.newInputStream(file);
				DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)))) {
			return Optional.of(read(data));
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Cannot read the cached text of content {}: {}", sha256, ex.toString());
			return Optional.empty();
		}
	}

	/**
	 * The format of an entry, or -1 when it cannot be read.
	 */
	private static int format(Path file) {
		try (InputStream in = Files.newInputStream(file);
				DataInputStream data = new DataInputStream(new GZIPInputStream(in))) {
			return data.readInt();
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	private Path file(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a SHA-256: " + sha256);
		}
		return this.directory.resolve(sha256.substring(0, 2)).resolve(sha256 + ".gz");
	}

	private static void write(DataOutputStream data, Extraction extraction) throws IOException {
		data.writeInt(FORMAT);
		data.writeUTF(extraction.status().name());
		writeString(data, extraction.detail());
		writeString(data, extraction.mediaType());
		data.writeInt(extraction.parts().size());
		for (ExtractedPart part : extraction.parts()) {
			writeString(data, part.path());
			writeString(data, part.mediaType());
			data.writeInt(part.depth());
			data.writeUTF(part.status().name());
			writeString(data, part.detail());
			writeString(data, part.text());
			MetadataField.writeAll(data, part.metadata());
		}
	}

	private static Extraction read(DataInputStream data) throws IOException {
		if (data.readInt() != FORMAT) {
			throw new IOException("unknown cache format");
		}
		ExtractionStatus status = ExtractionStatus.valueOf(data.readUTF());
		String detail = readString(data);
		String mediaType = readString(data);
		int count = data.readInt();
		List<ExtractedPart> parts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String path = readString(data);
			String partType = readString(data);
			int depth = data.readInt();
			ExtractionStatus partStatus = ExtractionStatus.valueOf(data.readUTF());
			String partDetail = readString(data);
			String text = readString(data);
			parts.add(new ExtractedPart(path, partType, (text != null) ? text : "", depth, partStatus, partDetail,
					MetadataField.readAll(data)));
		}
		return new Extraction(status, detail, mediaType, parts);
	}

	private static void writeString(DataOutputStream data, String value) throws IOException {
		if (value == null) {
			data.writeInt(-1);
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		data.writeInt(bytes.length);
		data.write(bytes);
	}

	private static String readString(DataInputStream data) throws IOException {
		int length = data.readInt();
		if (length < 0) {
			return null;
		}
		byte[] bytes = new byte[length];
		data.readFully(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
