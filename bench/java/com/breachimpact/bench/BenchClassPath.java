package com.breachimpact.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The class path of this benchmark run, for the child JVMs a benchmark starts: Maven's
 * exec plugin loads the classes with a class loader of its own, so
 * {@code java.class.path} alone is not enough.
 */
final class BenchClassPath {

	private BenchClassPath() {
	}

	static String get() {
		Set<String> entries = new LinkedHashSet<>();
		for (ClassLoader loader = BenchClassPath.class.getClassLoader(); loader != null; loader = loader.getParent()) {
			if (loader instanceof URLClassLoader urls) {
				for (URL url : urls.getURLs()) {
					try {
						entries.add(Path.of(url.toURI()).toString());
					}
					catch (URISyntaxException | IllegalArgumentException ex) {
						// not a file
					}
				}
			}
		}
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			if (!entry.isEmpty()) {
				entries.add(entry);
			}
		}
		return String.join(File.pathSeparator, entries);
	}

}
