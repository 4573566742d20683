package com.breachimpact.extraction;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One value of a mail header or document property of an extracted part.
 *
 * @param name the field as reports show it: {@code From}, {@code To}, {@code Cc},
 * {@code Bcc}, {@code Reply-To}, {@code Sender}, {@code Recipient}, {@code Author},
 * {@code Last-Author}, {@code Company}, {@code Title} or {@code Subject}
 * @param value the value as the parser gave it (hostile: never shown unmasked)
 */
public record MetadataField(String name, String value) {

	/**
	 * Where evidence found in this field lies within its part: {@code header:Cc}.
	 * @return the location label
	 */
	public String location() {
		return "header:" + this.name;
	}

	/**
	 * Write fields to a stream (the parser child's reply, the text cache): their count,
	 * then the UTF-8 length and bytes of each name and value.
	 * @param out the stream
	 * @param fields the fields
	 * @throws IOException when the stream fails
	 */
	public static void writeAll(DataOutputStream out, List<MetadataField> fields) throws IOException {
		out.writeInt(fields.size());
		for (MetadataField field : fields) {
			write(out, field.name());
			write(out, field.value());
		}
	}

	/**
	 * Read fields written by {@link #writeAll}.
	 * @param in the stream
	 * @return the fields
	 * @throws IOException when the stream fails or holds more or longer fields than a
	 * part can have
	 */
	public static List<MetadataField> readAll(DataInputStream in) throws IOException {
		int count = in.readInt();
		if (count < 0 || count > DocumentMetadata.MAX_VALUES) {
			throw new IOException("bad metadata field count " + count);
		}
		List<MetadataField> fields = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			fields.add(new MetadataField(read(in), read(in)));
		}
		return fields;
	}

	private static void write(DataOutputStream out, String value) throws IOException {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static String read(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0 || length > 4 * DocumentMetadata.MAX_CHARS) {
			throw new IOException("bad metadata field length " + length);
		}
		byte[] bytes = new byte[length];
		in.readFully(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
