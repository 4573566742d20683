package com.breachimpact.sample;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Creates, at test time, a corpus of files that attack or trip a file walker and text
 * extractor: a ZIP bomb, deep ZIP nesting, truncated, fake, empty and encrypted
 * documents, a symlink loop, hostile file names, a huge single-line text and a FIFO.
 * Nothing here is committed: some of it cannot be.
 *
 * <p>
 * Paths are returned as the JVM shows them when walking the folder
 * ({@code Path.toString()} of the path relative to it, {@code /} separated). The
 * non-UTF-8 name is the exception to round-tripping: its key holds U+FFFD replacement
 * characters, so {@code dir.resolve(key)} does not find it; find it by walking the
 * folder.
 */
public final class HostileCorpusGenerator {

	/**
	 * A few KB that expand past 1 GB: a ZIP holding a ZIP holding
	 * {@link #BOMB_EXPANDED_BYTES} zeros.
	 */
	public static final String ZIP_BOMB = "zip-bomb";

	/** ZIPs nested {@link #NESTING_DEPTH} deep. */
	public static final String ZIP_NESTING = "zip-nesting";

	/**
	 * A PDF cut short: no cross-reference table, no trailer, a content stream cut in the
	 * middle.
	 */
	public static final String TRUNCATED_PDF = "truncated-pdf";

	/** A DOCX cut in half: no central directory. */
	public static final String TRUNCATED_DOCX = "truncated-docx";

	/** Random bytes named {@code .docx}. */
	public static final String NOT_A_DOCX = "not-a-docx";

	/** A 0-byte file. */
	public static final String EMPTY = "empty";

	/** A PDF that needs a user password ({@link #PASSWORD}), AES-256. */
	public static final String ENCRYPTED_PDF = "encrypted-pdf";

	/** A ZIP whose entry is ZipCrypto-encrypted with {@link #PASSWORD}. */
	public static final String ENCRYPTED_ZIP = "encrypted-zip";

	/** A symbolic link to its parent's parent: following links loops. */
	public static final String SYMLINK_LOOP = "symlink-loop";

	/** A file name that is not valid UTF-8 (bytes FF FE). */
	public static final String NON_UTF8_NAME = "non-utf8-name";

	/** A file name holding a line feed. */
	public static final String NEWLINE_NAME = "newline-name";

	/** A file name of 255 bytes, the usual file system maximum. */
	public static final String LONG_NAME = "long-name";

	/** {@link #HUGE_LINE_BYTES} of text without a line break. */
	public static final String HUGE_LINE = "huge-line";

	/** A named pipe: opening it for reading blocks until a writer comes. */
	public static final String FIFO = "fifo";

	/** What the bomb expands to: 1 GiB and 64 KiB of zeros. */
	public static final long BOMB_EXPANDED_BYTES = (1L << 30) + (64 << 10);

	/** The number of nested ZIP layers, the outer file included. */
	public static final int NESTING_DEPTH = 20;

	/** The size of the single-line text file: 5 MiB. */
	public static final int HUGE_LINE_BYTES = 5 << 20;

	/** The password of the encrypted PDF and ZIP. */
	public static final String PASSWORD = "hostile-corpus";

	/** The entry of the encrypted ZIP. */
	public static final String ENCRYPTED_ZIP_ENTRY = "credentials.csv";

	/** The clear content of {@link #ENCRYPTED_ZIP_ENTRY}. */
	public static final String ENCRYPTED_ZIP_CONTENT = "user,host\nsvc_backup,sftp.transferhub.example\n";

	private static final long SEED = 0xB0B5L;

	private HostileCorpusGenerator() {
	}

	/**
	 * Create the corpus in a folder. Entries the operating system refuses (symlinks,
	 * FIFOs, odd names) are skipped and left out of the map.
	 * @param dir an existing, preferably empty, folder
	 * @return relative path to the failure kind it provokes (one of the constants of this
	 * class), in creation order
	 * @throws IOException if a regular file cannot be written
	 */
	public static Map<String, String> generate(Path dir) throws IOException {
		Map<String, String> corpus = new LinkedHashMap<>();
		Random random = new Random(SEED);
		zipBomb(write(dir, "bomb/zeros.zip", corpus, ZIP_BOMB));
		Files.write(write(dir, "nesting/nested-20.zip", corpus, ZIP_NESTING), nestedZip(NESTING_DEPTH));
		byte[] pdf = statementPdf(null);
		Files.write(write(dir, "truncated/statement.pdf", corpus, TRUNCATED_PDF),
				Arrays.copyOf(pdf, pdf.length * 2 / 5));
		byte[] docx = SampleDocuments.docx("Letter", "hostile corpus", LocalDateTime.of(2024, 3, 22, 0, 0),
				List.of("Board minutes", "The committee met to discuss the breach of the transfer platform."));
		Files.write(write(dir, "truncated/letter.docx", corpus, TRUNCATED_DOCX), Arrays.copyOf(docx, docx.length / 2));
		byte[] junk = new byte[8192];
		random.nextBytes(junk);
		Files.write(write(dir, "junk/random.docx", corpus, NOT_A_DOCX), junk);
		Files.write(write(dir, "empty/empty.txt", corpus, EMPTY), new byte[0]);
		Files.write(write(dir, "empty/empty.pdf", corpus, EMPTY), new byte[0]);
		Files.write(write(dir, "encrypted/statement.pdf", corpus, ENCRYPTED_PDF), statementPdf(PASSWORD));
		Files.write(write(dir, "encrypted/secret.zip", corpus, ENCRYPTED_ZIP), ZipCryptoWriter.write(
				Map.of(ENCRYPTED_ZIP_ENTRY, ENCRYPTED_ZIP_CONTENT.getBytes(StandardCharsets.UTF_8)), PASSWORD, random));
		hugeLine(write(dir, "text/one-line-5mb.txt", corpus, HUGE_LINE), random);
		symlinkLoop(dir, corpus);
		newlineName(dir, corpus);
		longName(dir, corpus);
		nonUtf8Name(dir, corpus);
		fifo(dir, corpus);
		return corpus;
	}

	private static Path write(Path dir, String relative, Map<String, String> corpus, String kind) throws IOException {
		Path path = dir.resolve(relative);
		Files.createDirectories(path.getParent());
		corpus.put(relative, kind);
		return path;
	}

	/**
	 * Stream a ZIP holding {@code inner.zip} holding {@code zeros.bin}: the zeros are
	 * deflated once (about 1 MB) and that again (a few KB), never held in memory.
	 */
	private static void zipBomb(Path target) throws IOException {
		try (ZipOutputStream outer = new ZipOutputStream(Files.newOutputStream(target))) {
			outer.setLevel(Deflater.BEST_COMPRESSION);
			outer.putNextEntry(new ZipEntry("inner.zip"));
			ZipOutputStream inner = new ZipOutputStream(new FilterOutputStream(outer) {

				@Override
				public void write(byte[] bytes, int offset, int length) throws IOException {
					this.out.write(bytes, offset, length);
				}

				@Override
				public void close() throws IOException {
					// leave the outer entry open
					flush();
				}

			});
			inner.setLevel(Deflater.BEST_COMPRESSION);
			inner.putNextEntry(new ZipEntry("zeros.bin"));
			byte[] zeros = new byte[1 << 20];
			for (long written = 0; written < BOMB_EXPANDED_BYTES; written += zeros.length) {
				inner.write(zeros, 0, (int) Math.min(zeros.length, BOMB_EXPANDED_BYTES - written));
			}
			inner.closeEntry();
			inner.close();
			outer.closeEntry();
		}
	}

	private static byte[] nestedZip(int depth) {
		byte[] content = "the bottom of the nest\n".getBytes(StandardCharsets.US_ASCII);
		String name = "payload.txt";
		for (int level = depth; level >= 1; level--) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(content);
				zip.closeEntry();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			content = bytes.toByteArray();
			name = "level-" + level + ".zip";
		}
		return content;
	}

	private static byte[] statementPdf(String password) {
		List<String> lines = new ArrayList<>();
		lines.add("HOSTILE CORPUS TEST STATEMENT");
		for (int i = 1; i <= 40; i++) {
			lines.add(String.format(java.util.Locale.ROOT, "%02d  POS PURCHASE %05d  -%d.%02d", i, i * 37, i * 3, i));
		}
		if (password == null) {
			return SampleDocuments.pdf("Statement", "hostile corpus", LocalDateTime.of(2024, 3, 22, 0, 0), lines, null);
		}
		return SampleDocuments.encryptedPdf("Statement", lines, password);
	}

	/**
	 * Words, digits and multi-byte characters, {@link #HUGE_LINE_BYTES} long, no line
	 * break.
	 */
	private static void hugeLine(Path target, Random random) throws IOException {
		String[] words = { "transfer", "routing", "account", "résumé", "ACH", "ledger", "東京", "naïve", "settlement",
				"Zürich" };
		try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
			long written = 0;
			while (true) {
				String token = (random.nextInt(4) == 0) ? Long.toString(random.nextLong() & Long.MAX_VALUE, 10)
						: words[random.nextInt(words.length)];
				byte[] bytes = (token + " ").getBytes(StandardCharsets.UTF_8);
				if (written + bytes.length > HUGE_LINE_BYTES) {
					break;
				}
				out.write(bytes);
				written += bytes.length;
			}
			while (written++ < HUGE_LINE_BYTES) {
				out.write('x');
			}
		}
	}

	private static void symlinkLoop(Path dir, Map<String, String> corpus) throws IOException {
		Path folder = Files.createDirectories(dir.resolve("links/a"));
		try {
			Files.createSymbolicLink(folder.resolve("loop"), Path.of(".."));
			corpus.put("links/a/loop", SYMLINK_LOOP);
		}
		catch (UnsupportedOperationException | IOException | SecurityException ex) {
			// no symbolic links here (some Windows set-ups): leave it out
		}
	}

	private static void newlineName(Path dir, Map<String, String> corpus) throws IOException {
		Files.createDirectories(dir.resolve("names"));
		String relative = "names/line\nbreak.txt";
		try {
			Files.writeString(dir.resolve(relative), "a name with a line feed\n");
			corpus.put(relative, NEWLINE_NAME);
		}
		catch (InvalidPathException | IOException ex) {
			// the file system refuses line feeds in names: leave it out
		}
	}

	private static void longName(Path dir, Map<String, String> corpus) throws IOException {
		Files.createDirectories(dir.resolve("names"));
		String relative = "names/" + "n".repeat(251) + ".txt";
		try {
			Files.writeString(dir.resolve(relative), "a 255-byte name\n");
			corpus.put(relative, LONG_NAME);
		}
		catch (InvalidPathException | IOException ex) {
			// a shorter name limit: leave it out
		}
	}

	/**
	 * A Java string cannot name a file with bytes that are not valid in the platform
	 * encoding (UTF-8 here: the path encoder rejects or replaces them), so the file is
	 * created by {@code sh}'s {@code printf} instead, in a folder of its own so that the
	 * walk finds it alone.
	 */
	private static void nonUtf8Name(Path dir, Map<String, String> corpus) throws IOException {
		Path folder = Files.createDirectories(dir.resolve("names-raw"));
		if (!run(folder, "sh", "-c", "printf 'not UTF-8\\n' > \"$(printf '\\377\\376')-name.txt\"")) {
			return;
		}
		try (Stream<Path> files = Files.list(folder)) {
			files.findFirst().ifPresent((path) -> corpus.put("names-raw/" + path.getFileName(), NON_UTF8_NAME));
		}
	}

	private static void fifo(Path dir, Map<String, String> corpus) throws IOException {
		Path folder = Files.createDirectories(dir.resolve("special"));
		if (run(folder, "mkfifo", "pipe.fifo")) {
			Path fifo = folder.resolve("pipe.fifo");
			if (Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()) {
				corpus.put("special/pipe.fifo", FIFO);
			}
		}
	}

	private static boolean run(Path folder, String... command) {
		try {
			Process process = new ProcessBuilder(command).directory(folder.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return false;
			}
			return process.exitValue() == 0;
		}
		catch (IOException ex) {
			// no such command on this system
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
