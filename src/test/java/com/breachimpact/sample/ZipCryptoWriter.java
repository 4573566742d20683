package com.breachimpact.sample;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a ZIP whose entries are deflated and encrypted with the traditional PKWARE
 * ("ZipCrypto") stream cipher, as described in APPNOTE.TXT section 6.1. Neither
 * {@code java.util.zip} nor commons-compress can write these.
 */
final class ZipCryptoWriter {

	private static final int[] CRC_TABLE = new int[256];

	static {
		for (int n = 0; n < 256; n++) {
			int c = n;
			for (int k = 0; k < 8; k++) {
				c = ((c & 1) != 0) ? (0xEDB88320 ^ (c >>> 1)) : (c >>> 1);
			}
			CRC_TABLE[n] = c;
		}
	}

	/** DOS date of 2024-03-22; the DOS time is midnight. */
	private static final int DOS_DATE = ((2024 - 1980) << 9) | (3 << 5) | 22;

	private ZipCryptoWriter() {
	}

	/**
	 * Build an encrypted ZIP.
	 * @param entries entry name to clear content, in order
	 * @param password the password (its UTF-8 bytes key the cipher)
	 * @param random the source of the encryption headers' random bytes
	 * @return the ZIP bytes
	 */
	static byte[] write(Map<String, byte[]> entries, String password, Random random) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream central = new ByteArrayOutputStream();
		for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
			byte[] name = entry.getKey().getBytes(StandardCharsets.UTF_8);
			byte[] clear = entry.getValue();
			CRC32 crc32 = new CRC32();
			crc32.update(clear);
			int crc = (int) crc32.getValue();
			byte[] deflated = deflate(clear);
			Keys keys = new Keys(password.getBytes(StandardCharsets.UTF_8));
			byte[] header = new byte[12];
			random.nextBytes(header);
			// the last header byte lets a reader check the password: the high byte of the
			// CRC
			header[11] = (byte) (crc >>> 24);
			ByteArrayOutputStream data = new ByteArrayOutputStream();
			for (byte b : header) {
				data.write(keys.encrypt(b & 0xff));
			}
			for (byte b : deflated) {
				data.write(keys.encrypt(b & 0xff));
			}
			int offset = out.size();
			int size = data.size();
			int32(out, 0x04034b50);
			common(out, crc, size, clear.length, name.length);
			out.writeBytes(name);
			out.writeBytes(data.toByteArray());
			int32(central, 0x02014b50);
			int16(central, 20);
			common(central, crc, size, clear.length, name.length);
			int16(central, 0);
			int16(central, 0);
			int16(central, 0);
			int32(central, 0);
			int32(central, offset);
			central.writeBytes(name);
		}
		int centralOffset = out.size();
		out.writeBytes(central.toByteArray());
		int32(out, 0x06054b50);
		int16(out, 0);
		int16(out, 0);
		int16(out, entries.size());
		int16(out, entries.size());
		int32(out, central.size());
		int32(out, centralOffset);
		int16(out, 0);
		return out.toByteArray();
	}

	/**
	 * Version needed, flags (bit 0: encrypted), method (8: deflated), time, date, CRC,
	 * sizes, name and extra lengths.
	 */
	private static void common(ByteArrayOutputStream out, int crc, int compressedSize, int size, int nameLength) {
		int16(out, 20);
		int16(out, 0x0001);
		int16(out, 8);
		int16(out, 0);
		int16(out, DOS_DATE);
		int32(out, crc);
		int32(out, compressedSize);
		int32(out, size);
		int16(out, nameLength);
		int16(out, 0);
	}

	private static byte[] deflate(byte[] clear) {
		Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
		try {
			deflater.setInput(clear);
			deflater.finish();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			while (!deflater.finished()) {
				out.write(buffer, 0, deflater.deflate(buffer));
			}
			return out.toByteArray();
		}
		finally {
			deflater.end();
		}
	}

	private static void int16(ByteArrayOutputStream out, int value) {
		out.write(value & 0xff);
		out.write((value >>> 8) & 0xff);
	}

	private static void int32(ByteArrayOutputStream out, int value) {
		int16(out, value & 0xffff);
		int16(out, value >>> 16);
	}

	private static int crc(int crc, int b) {
		return CRC_TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
	}

	/** The cipher's three 32-bit keys. */
	private static final class Keys {

		private int key0 = 0x12345678;

		private int key1 = 0x23456789;

		private int key2 = 0x34567890;

		Keys(byte[] password) {
			for (byte b : password) {
				update(b & 0xff);
			}
		}

		private void update(int plain) {
			this.key0 = crc(this.key0, plain);
			this.key1 = (this.key1 + (this.key0 & 0xff)) * 134775813 + 1;
			this.key2 = crc(this.key2, this.key1 >>> 24);
		}

		int encrypt(int plain) {
			int temp = (this.key2 & 0xffff) | 2;
			int cipher = plain ^ (((temp * (temp ^ 1)) >>> 8) & 0xff);
			update(plain);
			return cipher;
		}

	}

}
