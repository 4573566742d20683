package com.breachimpact.protection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA-256 of sensitive values under a per-case key, so that equal values compare
 * equal across files and runs without the value itself being kept. The key lives in a
 * file outside the database, created on first use with owner-only permissions, and is
 * never logged. Instances are thread-safe.
 */
public final class KeyedHasher {

	private static final String ALGORITHM = "HmacSHA256";

	private static final int KEY_BYTES = 32;

	private final SecretKeySpec key;

	private final ThreadLocal<Mac> macs;

	private KeyedHasher(byte[] keyBytes) {
		this.key = new SecretKeySpec(keyBytes, ALGORITHM);
		this.macs = ThreadLocal.withInitial(this::newMac);
	}

	/**
	 * Load the key from a file, creating the file (and its parent folders) with a fresh
	 * random key and owner-only permissions when it does not exist.
	 * @param keyFile the key file
	 * @return a hasher under that key
	 */
	public static KeyedHasher fromKeyFile(Path keyFile) {
		try {
			if (!Files.exists(keyFile)) {
				createKeyFile(keyFile);
			}
			byte[] hex = Files.readAllBytes(keyFile);
			byte[] keyBytes = HexFormat.of().parseHex(new String(hex, StandardCharsets.US_ASCII).strip());
			if (keyBytes.length < KEY_BYTES) {
				throw new IllegalStateException("Hashing key file " + keyFile + " holds fewer than " + KEY_BYTES
						+ " bytes; delete it to have a new key made (values hashed before will no longer match)");
			}
			return new KeyedHasher(keyBytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the hashing key file " + keyFile, ex);
		}
	}

	/**
	 * A hasher under the given key, for tests.
	 * @param keyBytes the key
	 * @return a hasher
	 */
	public static KeyedHasher withKey(byte[] keyBytes) {
		return new KeyedHasher(keyBytes.clone());
	}

	private static void createKeyFile(Path keyFile) throws IOException {
		Path parent = keyFile.toAbsolutePath().getParent();
		if (parent != null) {
			OwnerOnlyFiles.createPrivateDirectories(parent);
		}
		byte[] keyBytes = new byte[KEY_BYTES];
		new SecureRandom().nextBytes(keyBytes);
		try {
			Files.createFile(keyFile,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (FileAlreadyExistsException ex) {
			return; // another process made it first: use theirs
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(keyFile);
		}
		Files.writeString(keyFile, HexFormat.of().formatHex(keyBytes), StandardCharsets.US_ASCII,
				StandardOpenOption.TRUNCATE_EXISTING);
	}

	/**
	 * The keyed hash of a value, as 64 lower-case hex digits.
	 * @param kind a namespace for the value (e.g. {@code ssn}), so equal digits of
	 * different kinds do not compare equal
	 * @param canonicalValue the value in its canonical form (separators removed)
	 * @return the hex HMAC
	 */
	public String hash(String kind, CharSequence canonicalValue) {
		Mac mac = this.macs.get();
		mac.update(kind.getBytes(StandardCharsets.UTF_8));
		mac.update((byte) 0);
		mac.update(canonicalValue.toString().getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(mac.doFinal());
	}

	/**
	 * The key's fingerprint: the keyed hash of a fixed label, which tells keys apart
	 * without revealing them.
	 * @return 64 hex digits
	 */
	public String fingerprint() {
		return hash("case-key-fingerprint", "breach-impact");
	}

	/**
	 * A 256-bit AES key derived from the case key for one purpose (the first block of
	 * HKDF-Expand with HMAC-SHA-256, the case key being uniformly random already): the
	 * same case key always gives the same key, and no derived key reveals the case key or
	 * another purpose's key.
	 * @param purpose a fixed label naming what the key is for
	 * @return the AES key
	 */
	public SecretKey derivedKey(String purpose) {
		Mac mac = this.macs.get();
		mac.update(("breach-impact " + purpose).getBytes(StandardCharsets.UTF_8));
		mac.update((byte) 1);
		return new SecretKeySpec(mac.doFinal(), "AES");
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", ex);
		}
	}

	@Override
	public String toString() {
		return "KeyedHasher[HMAC-SHA-256, key not shown]";
	}

}
