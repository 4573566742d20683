package com.breachimpact.extraction;

import java.nio.file.Path;

/**
 * Extracts the text of a file and of the members embedded in it.
 * <p>
 * Contract: the extractor opens the file read-only and closes it before returning; it
 * never modifies or moves it and never writes members to disk under their own names.
 * Problems of the document itself (empty, encrypted, malformed, unreadable) are returned
 * as an {@link Extraction} status, never thrown: an exception out of {@link #extract}
 * means the extractor itself is broken, and fails the step. Implementations are
 * thread-safe.
 */
public interface ContentExtractor {

	/**
	 * Extract a file.
	 * @param file the file to read
	 * @param name the name to give parsers as the resource name (its file name in the
	 * inventory), used for type detection
	 * @return the extraction, never {@code null}
	 */
	Extraction extract(Path file, String name);

	/**
	 * Tell the extractor how much it is about to extract, so that it can prepare for it
	 * (the forked pool chooses its parser processes' compilers from it). Optional: an
	 * extractor never told works all the same.
	 * @param files the files about to be extracted
	 * @param bytes their total size
	 */
	default void expect(long files, long bytes) {
	}

}
