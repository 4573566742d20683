package com.breachimpact.analysis;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
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
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

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
 * /<first two hex digits>/<sha256>.gz} in clear, or {@code <sha256>.gcm} encrypted.
 * <p>
 * The text is the stolen data itself, sensitive values included: the folder and its files
 * are created readable by their owner only, and belong with the case's other evidence. An
 * encrypted cache holds each entry under AES-256-GCM (a random 96-bit nonce per entry,
 * the content's SHA-256 as associated data, so that an entry moved to another name does
 * not read) with a key derived from the case key: without the case key the entries are
 * noise. Deleting the folder only costs a re-extraction.
 */
public class TextCache {

	private static final Logger logger = LoggerFactory.getLogger(TextCache.class);

	/** The purpose the cache's key is derived for from the case key. */
	public static final String KEY_PURPOSE = "text cache AES-GCM v1";

	/**
	 * The entry format, bumped when entries or the extracted text change shape (3: ODS
	 * rows as tab-separated lines): an entry of another format is a miss, and is
	 * replaced.
	 */
	private static final int FORMAT = 3;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path directory;

	private final SecretKey key;

	/**
	 * A cache in a folder.
	 * @param directory the folder
	 * @param key the AES key of an encrypted cache, or {@code null} for a cache in clear
	 */
	public TextCache(Path directory, SecretKey key) {
		this.directory = directory.toAbsolutePath();
		this.key = key;
	}

	private TextCache() {
		this.directory = null;
		this.key = null;
	}

	/**
	 * No cache: nothing is stored, nothing is found.
	 * @return a cache that is off
	 */
	public static TextCache off() {
		return new TextCache();
	}

	/**
	 * Whether entries are encrypted.
	 * @return whether the cache has a key
	 */
	public boolean encrypted() {
		return this.key != null;
	}

	/**
	 * Store the extraction of a content, unless it is stored already. Failures to write
	 * are logged, never thrown: the cache is an optimisation.
	 * @param sha256 the content's hash
	 * @param extraction its extraction
	 */
	public void put(String sha256, Extraction extraction) {
		if (this.directory == null) {
			return;
		}
		Path file = file(sha256);
		if (Files.exists(file) && format(file, sha256) == FORMAT) {
			return;
		}
		try {
			OwnerOnlyFiles.createPrivateDirectories(file.getParent());
			Path temp = Files.createTempFile(file.getParent(), sha256, ".tmp",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			try (OutputStream out = encrypting(Files.newOutputStream(temp), sha256);
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
		catch (IOException | UnsupportedOperationException | GeneralSecurityException ex) {
			logger.warn("Cannot cache the text of content {}: {}", sha256, ex.toString());
		}
	}

	/**
	 * The cached extraction of a content.
	 * @param sha256 the content's hash
	 * @return the extraction, or empty when not cached (or unreadable)
	 */
	public Optional<Extraction> get(String sha256) {
		if (this.directory == null) {
			return Optional.empty();
		}
		Path file = file(sha256);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		int format = format(file, sha256);
		if (format >= 0 && format != FORMAT) {
			logger.debug("The cached text of content {} is of an older format: extracted again", sha256);
			return Optional.empty();
		}
		try (InputStream in = decrypting(Files.newInputStream(file), sha256);
				DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)))) {
			return Optional.of(read(data));
		}
		catch (IOException | RuntimeException | GeneralSecurityException ex) {
			logger.warn("Cannot read the cached text of content {}: {}", sha256, ex.toString());
			return Optional.empty();
		}
	}

	/**
	 * The format of an entry, or -1 when it cannot be read (or not decrypted).
	 */
	private int format(Path file, String sha256) {
		try (InputStream in = decrypting(Files.newInputStream(file), sha256);
				DataInputStream data = new DataInputStream(new GZIPInputStream(in))) {
			return data.readInt();
		}
		catch (IOException | RuntimeException | GeneralSecurityException ex) {
			return -1;
		}
	}

	private Path file(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a SHA-256: " + sha256);
		}
		return this.directory.resolve(sha256.substring(0, 2)).resolve(sha256 + (encrypted() ? ".gcm" : ".gz"));
	}

	private OutputStream encrypting(OutputStream out, String sha256) throws IOException, GeneralSecurityException {
		if (this.key == null) {
			return out;
		}
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(sha256.getBytes(StandardCharsets.US_ASCII));
		out.write(nonce);
		return new CipherOutputStream(out, cipher);
	}

	private InputStream decrypting(InputStream in, String sha256) throws IOException, GeneralSecurityException {
		if (this.key == null) {
			return in;
		}
		byte[] nonce = in.readNBytes(NONCE_BYTES);
		if (nonce.length != NONCE_BYTES) {
			in.close();
			throw new IOException("truncated cache entry");
		}
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(sha256.getBytes(StandardCharsets.US_ASCII));
		// the whole entry is authenticated before a byte of it is used
		byte[] clear;
		try (in) {
			clear = cipher.doFinal(in.readAllBytes());
		}
		return new ByteArrayInputStream(clear);
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
