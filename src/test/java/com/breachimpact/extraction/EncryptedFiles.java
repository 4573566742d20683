package com.breachimpact.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Password-protected files that the hostile corpus lacks: a WinZip AES ZIP and an
 * agile-encrypted OOXML package.
 */
final class EncryptedFiles {

	private static final int AES_EXTRA_LENGTH = 11;

	private EncryptedFiles() {
	}

	/**
	 * A ZIP with one AES-256 (AE-2) entry. Its encrypted data is random bytes of the
	 * right layout (salt, password verifier, data, authentication code): no reader gets
	 * past the encryption flag without a password.
	 * @param entryName the entry's name
	 * @param dataLength bytes of (pretended) encrypted data
	 * @return the ZIP's bytes
	 */
	static byte[] aesZip(String entryName, int dataLength) {
		byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
		byte[] data = new byte[16 + 2 + dataLength + 10];
		new Random(7).nextBytes(data);
		ByteBuffer zip = ByteBuffer
			.allocate(30 + name.length + AES_EXTRA_LENGTH + data.length + 46 + name.length + AES_EXTRA_LENGTH + 22)
			.order(ByteOrder.LITTLE_ENDIAN);
		zip.putInt(0x04034b50).putShort((short) 51).putShort((short) 1).putShort((short) 99);
		zip.putShort((short) 0).putShort((short) 0x5821).putInt(0).putInt(data.length).putInt(dataLength);
		zip.putShort((short) name.length).putShort((short) AES_EXTRA_LENGTH).put(name);
		aesExtra(zip);
		zip.put(data);
		int centralStart = zip.position();
		zip.putInt(0x02014b50).putShort((short) 51).putShort((short) 51).putShort((short) 1).putShort((short) 99);
		zip.putShort((short) 0).putShort((short) 0x5821).putInt(0).putInt(data.length).putInt(dataLength);
		zip.putShort((short) name.length).putShort((short) AES_EXTRA_LENGTH).putShort((short) 0);
		zip.putShort((short) 0).putShort((short) 0).putInt(0).putInt(0).put(name);
		aesExtra(zip);
		int centralLength = zip.position() - centralStart;
		zip.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 1).putShort((short) 1);
		zip.putInt(centralLength).putInt(centralStart).putShort((short) 0);
		return zip.array();
	}

	private static void aesExtra(ByteBuffer zip) {
		zip.putShort((short) 0x9901).putShort((short) 7).putShort((short) 2);
		zip.put((byte) 'A').put((byte) 'E').put((byte) 3).putShort((short) 8);
	}

	/**
	 * An OOXML package encrypted with a password (agile encryption), as Word and Excel
	 * write them: an OLE2 file holding the encrypted package.
	 * @param ooxml the package's clear bytes
	 * @param password the password
	 * @return the encrypted file's bytes
	 * @throws IOException on failure to encrypt
	 */
	static byte[] encryptedOoxml(byte[] ooxml, String password) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword(password);
			try (OutputStream out = encryptor.getDataStream(fs)) {
				out.write(ooxml);
			}
			catch (java.security.GeneralSecurityException ex) {
				throw new IOException(ex);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			fs.writeFilesystem(bytes);
			return bytes.toByteArray();
		}
	}

}
