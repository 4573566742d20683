package com.breachimpact.extraction;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary protocol between a {@link ForkedContentExtractor} and its
 * {@link ParserProcessMain} child JVMs, over the child's standard input and output.
 * Requests: {@link #EXTRACT} path name, or {@link #QUIT}. Replies: {@link #READY} once,
 * then for each request any number of {@link #PROGRESS} bytes and one {@link #RESULT}
 * with the extraction. Strings are an {@code int} length ({@code -1} for {@code null})
 * and UTF-8 bytes.
 */
final class ParserProtocol {

	/** Request: extract a file. */
	static final int EXTRACT = 'E';

	/** Request: exit. */
	static final int QUIT = 'Q';

	/** Reply: the parser process is ready for requests. */
	static final int READY = 'Y';

	/** Reply: the parser is still making progress. */
	static final int PROGRESS = 'P';

	/** Reply: the extraction of the current request. */
	static final int RESULT = 'R';

	/**
	 * Exit code of a parser process that ran out of memory
	 * ({@code -XX:+ExitOnOutOfMemoryError}).
	 */
	static final int OOM_EXIT_CODE = 3;

	private static final int MAX_STRING_BYTES = Integer.MAX_VALUE - 16;

	private ParserProtocol() {
	}

	static void writeString(DataOutputStream out, String value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	static String readString(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length == -1) {
			return null;
		}
		if (length < 0 || length > MAX_STRING_BYTES) {
			throw new IOException("Bad string length " + length + " in the parser protocol");
		}
		byte[] bytes = new byte[length];
		in.readFully(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	static void writeExtraction(DataOutputStream out, Extraction extraction) throws IOException {
		out.writeByte(RESULT);
		writeString(out, extraction.status().code());
		writeString(out, extraction.detail());
		writeString(out, extraction.mediaType());
		out.writeInt(extraction.parts().size());
		for (ExtractedPart part : extraction.parts()) {
			writeString(out, part.path());
			writeString(out, part.mediaType());
			writeString(out, part.text());
			out.writeInt(part.depth());
			writeString(out, part.status().code());
			writeString(out, part.detail());
			MetadataField.writeAll(out, part.metadata());
		}
		out.writeInt(extraction.flags().size());
		for (QualityFlag flag : extraction.flags()) {
			writeString(out, flag.name());
		}
	}

	/** Read an extraction whose {@link #RESULT} byte was read already. */
	static Extraction readExtraction(DataInputStream in) throws IOException {
		ExtractionStatus status = status(readString(in));
		String detail = readString(in);
		String mediaType = readString(in);
		int partCount = count(in);
		List<ExtractedPart> parts = new ArrayList<>(partCount);
		for (int i = 0; i < partCount; i++) {
			String path = readString(in);
			String partType = readString(in);
			String text = readString(in);
			int depth = in.readInt();
			ExtractionStatus partStatus = status(readString(in));
			String partDetail = readString(in);
			parts
				.add(new ExtractedPart(path, partType, text, depth, partStatus, partDetail, MetadataField.readAll(in)));
		}
		int flagCount = count(in);
		List<QualityFlag> flags = new ArrayList<>(flagCount);
		for (int i = 0; i < flagCount; i++) {
			try {
				flags.add(QualityFlag.valueOf(readString(in)));
			}
			catch (IllegalArgumentException ex) {
				throw new IOException("Unknown quality flag in the parser protocol", ex);
			}
		}
		return new Extraction(status, detail, mediaType, parts, flags);
	}

	private static int count(DataInputStream in) throws IOException {
		int count = in.readInt();
		if (count < 0 || count > 10_000_000) {
			throw new IOException("Bad count " + count + " in the parser protocol");
		}
		return count;
	}

	private static ExtractionStatus status(String code) throws IOException {
		try {
			return ExtractionStatus.fromCode(String.valueOf(code));
		}
		catch (IllegalArgumentException ex) {
			throw new IOException("Unknown status in the parser protocol", ex);
		}
	}

}
