package com.breachimpact.protection;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files readable by their owner only, for what holds case data: reports (a
 * client's report holds data other people must not read), the text cache (the stolen text
 * itself), lock files.
 */
public final class OwnerOnlyFiles {

	private static final Set<PosixFilePermission> PRIVATE_DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

	private OwnerOnlyFiles() {
	}

	/**
	 * Create a directory and its missing parents, each readable by its owner only.
	 * Directories that already exist keep their permissions.
	 * @param directory the directory
	 * @return its absolute path
	 * @throws IOException if it cannot be created
	 */
	public static Path createPrivateDirectories(Path directory) throws IOException {
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

	/**
	 * Create a file (and its missing folders) readable by its owner only, or restrict an
	 * existing one.
	 * @param file the file
	 * @throws IOException if it cannot be created
	 */
	public static void createPrivateFile(Path file) throws IOException {
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
