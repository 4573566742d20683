package com.breachimpact.report;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Report folders and files readable by their owner only: a client's report
 * holds data that other people must not read.
 */
final class ReportFiles {

	private static final Set<PosixFilePermission> PRIVATE_DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

	private ReportFiles() {
	}

	/**
	 * Create a directory and its missing parents, each readable by its owner
	 * only. Directories that already exist keep their permissions.
	 */
	static Path createPrivateDirectories(Path directory) throws IOException {
		Path absolute = directory.toAbsolutePath();
		if (Files.isDirectory(absolute)) {
			return absolute;
		}
		Path parent = absolute.getParent();
		if (parent != null) {
			createPrivateDirectories(parent);
		}
		try {
			Files.createDirectory(absolute);
			restrict(absolute, PRIVATE_DIRECTORY);
		}
		catch (FileAlreadyExistsException ex) {
			// made meanwhile
		}
		return absolute;
	}

	static void createPrivateFile(Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			createPrivateDirectories(parent);
		}
		if (!Files.exists(file)) {
			Files.createFile(file);
		}
		restrict(file, PRIVATE_FILE);
	}

	private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
		try {
			Files.setPosixFilePermissions(path, permissions);
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: its own access control applies
		}
	}

}
