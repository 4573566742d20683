package com.breachimpact.protection;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes output files without ever following a link: the content goes to a new owner-only
 * temporary file in the target's folder (created exclusively, so a planted link is never
 * opened) that is then moved over the target in one step; a target, or a folder between
 * the output root and the target, that is a symbolic link is refused. A reader sees the
 * old file or the new one, never a half-written one.
 * <p>
 * While a {@link Recording} is open on the current thread, every file written under its
 * root is recorded, so that a run knows exactly which files it wrote. Files written on
 * other threads are recorded in a {@linkplain Recording#part() part} of the recording,
 * open on those threads with {@link #recordInto}, then {@linkplain Recording#include
 * included} in it in the order wanted.
 */
public final class OutputFiles {

	private static final ThreadLocal<Recording> RECORDING = new ThreadLocal<>();

	private OutputFiles() {
	}

	/**
	 * What writes an output file's content.
	 */
	@FunctionalInterface
	public interface Content {

		/**
		 * Write the content; the stream is closed by the caller.
		 * @param out the stream
		 * @throws IOException if writing fails
		 */
		void writeTo(OutputStream out) throws IOException;

	}

	/**
	 * Write a file in one step: it is replaced only when the content was written in full.
	 * @param file the file
	 * @param content what writes the content
	 * @throws IOException if the file cannot be written, or a link is in the way
	 */
	public static void write(Path file, Content content) throws IOException {
		Path temp = createTemp(file);
		try {
			try (OutputStream out = Files.newOutputStream(temp)) {
				content.writeTo(out);
			}
			commit(temp, file);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/**
	 * Write a text file in UTF-8, in one step.
	 * @param file the file
	 * @param text the text
	 * @throws IOException if the file cannot be written, or a link is in the way
	 */
	public static void writeString(Path file, String text) throws IOException {
		write(file, (out) -> out.write(text.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * Open a stream whose content replaces the file when the stream is closed.
	 * @param file the file
	 * @return the stream
	 * @throws IOException if the file cannot be created, or a link is in the way
	 */
	public static OutputStream open(Path file) throws IOException {
		Path temp = createTemp(file);
		return new FilterOutputStream(Files.newOutputStream(temp)) {

			private boolean closed;

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				this.out.write(bytes, offset, length);
			}

			@Override
			public void close() throws IOException {
				if (this.closed) {
					return;
				}
				this.closed = true;
				try {
					super.close();
					commit(temp, file);
				}
				finally {
					Files.deleteIfExists(temp);
				}
			}

		};
	}

	/**
	 * Record a file an earlier run wrote as written by this run too, without touching it:
	 * the recording then lists it as if it had been written again.
	 * @param file the file, under the recording's folder
	 * @throws IOException if it is a link, not a regular file, or reached through a link
	 */
	public static void keep(Path file) throws IOException {
		Path target = file.toAbsolutePath().normalize();
		refuseLinks(target);
		if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
			throw new IOException("Cannot keep " + target + ": it is not a regular file");
		}
		record(target, RECORDING.get());
	}

	/**
	 * Start recording the files this thread writes under a folder.
	 * @param root the folder
	 * @return the recording, to close when done
	 */
	public static Recording record(Path root) {
		Recording recording = new Recording(root.toAbsolutePath().normalize(), RECORDING.get(), new LinkedHashSet<>(),
				true);
		RECORDING.set(recording);
		return recording;
	}

	/**
	 * Record the files this thread writes into a {@linkplain Recording#part() part of a
	 * recording} until the returned recording is closed, which gives back this thread's
	 * earlier recording (or none). A part is open on one thread at a time.
	 * @param part the part
	 * @return the recording open on this thread, to close when done
	 */
	public static Recording recordInto(Recording part) {
		Recording recording = new Recording(part.root, RECORDING.get(), part.written, true);
		RECORDING.set(recording);
		return recording;
	}

	private static void record(Path target, Recording recording) {
		if (recording != null && target.startsWith(recording.root)) {
			recording.add(recording.root.relativize(target).toString());
		}
	}

	private static Path createTemp(Path file) throws IOException {
		Path target = file.toAbsolutePath().normalize();
		Path folder = OwnerOnlyFiles.createPrivateDirectories(target.getParent());
		refuseLinks(target);
		try {
			return Files.createTempFile(folder, ".", ".tmp",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			return Files.createTempFile(folder, ".", ".tmp");
		}
	}

	private static void commit(Path temp, Path file) throws IOException {
		Path target = file.toAbsolutePath().normalize();
		refuseLinks(target);
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
		record(target, RECORDING.get());
	}

	/**
	 * Refuse a target that is a link or not a regular file, and a folder between the
	 * recording's root (or the target's own folder) and the target that is a link.
	 */
	private static void refuseLinks(Path target) throws IOException {
		if (Files.isSymbolicLink(target)) {
			throw new IOException("Refusing to write through the symbolic link " + target);
		}
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
				&& !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
			throw new IOException("Refusing to replace " + target + ": it is not a regular file");
		}
		Recording recording = RECORDING.get();
		Path stop = (recording != null && target.startsWith(recording.root)) ? recording.root
				: target.getParent().getParent();
		for (Path folder = target.getParent(); folder != null && !folder.equals(stop); folder = folder.getParent()) {
			if (Files.isSymbolicLink(folder)) {
				throw new IOException("Refusing to write through the symbolic link " + folder);
			}
		}
	}

	/**
	 * The files written under a folder by this thread since the recording started (and
	 * those of the parts included in it). Safe to share between threads.
	 */
	public static final class Recording implements AutoCloseable {

		private final Path root;

		private final Recording outer;

		private final Set<String> written;

		private final boolean open;

		private Recording(Path root, Recording outer, Set<String> written, boolean open) {
			this.root = root;
			this.outer = outer;
			this.written = written;
			this.open = open;
		}

		/**
		 * A new, empty recording of the same folder, open on no thread: what another
		 * thread writes is recorded in it while it is open there ({@link #recordInto}),
		 * and it joins this recording when {@linkplain #include included}. Closing the
		 * part itself does nothing.
		 * @return the part
		 */
		public Recording part() {
			return new Recording(this.root, null, new LinkedHashSet<>(), false);
		}

		/**
		 * Record the files of a part as written now, in the order they were written in it
		 * (those already recorded keep their place).
		 * @param part a part of this recording
		 */
		public void include(Recording part) {
			List<String> files = part.written();
			synchronized (this.written) {
				this.written.addAll(files);
			}
		}

		/**
		 * The files written so far.
		 * @return their paths relative to the root, in the order written
		 */
		public List<String> written() {
			synchronized (this.written) {
				return new ArrayList<>(this.written);
			}
		}

		private void add(String file) {
			synchronized (this.written) {
				this.written.add(file);
			}
		}

		@Override
		public void close() {
			if (!this.open) {
				return;
			}
			if (this.outer != null) {
				RECORDING.set(this.outer);
			}
			else {
				RECORDING.remove();
			}
		}

	}

}
