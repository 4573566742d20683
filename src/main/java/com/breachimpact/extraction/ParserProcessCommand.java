package com.breachimpact.extraction;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line of a {@link ParserProcessMain} child JVM: the running JVM's
 * {@code java}, a bounded heap that exits on exhaustion, the running application's class
 * path, and the limits as arguments. Run from a Spring Boot executable jar, the child
 * starts through the jar's {@code PropertiesLauncher}; run from a plain class path
 * (tests, IDE, Maven exec), through it, including the class loader's own entries.
 */
final class ParserProcessCommand {

	private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

	private ParserProcessCommand() {
	}

	static List<String> of(ExtractionProperties properties, String parserClass, boolean quickCompiler) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx" + Math.max(16, properties.parserProcessHeap().toMegabytes()) + "m");
		command.add("-XX:+ExitOnOutOfMemoryError");
		command.add("-XX:+UseSerialGC");
		command.add("-XX:-UsePerfData");
		if (quickCompiler) {
			// C1 only (see ForkedContentExtractor#expect)
			command.add("-XX:TieredStopAtLevel=1");
		}
		command.add("-Djava.awt.headless=true");
		command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
		String bootJar = bootJar();
		if (bootJar != null) {
			command.add("-Dloader.main=" + ParserProcessMain.class.getName());
			command.add("-cp");
			command.add(bootJar);
			command.add(BOOT_LAUNCHER);
		}
		else {
			command.add("-cp");
			command.add(classPath());
			command.add(ParserProcessMain.class.getName());
		}
		command.add((parserClass != null) ? parserClass : "-");
		command.add(Integer.toString(properties.writeLimit()));
		command.add(Integer.toString(properties.maxEmbedded()));
		command.add(Integer.toString(properties.maxDepth()));
		command.add(Long.toString(properties.maxExpandedSize().toBytes()));
		command.add(Integer.toString(properties.maxExpansionRatio()));
		command.add(Long.toString(properties.itemTimeout().toMillis()));
		return command;
	}

	/** The executable jar this class was loaded from, or {@code null} if it was not. */
	private static String bootJar() {
		CodeSource source = ParserProcessMain.class.getProtectionDomain().getCodeSource();
		if (source == null || source.getLocation() == null) {
			return null;
		}
		String location = source.getLocation().toString();
		if (!location.startsWith("jar:nested:") && !location.startsWith("nested:")) {
			return null;
		}
		String jar = location.substring(location.indexOf("nested:") + "nested:".length());
		int separator = jar.indexOf("/!");
		return (separator >= 0) ? jar.substring(0, separator) : jar;
	}

	private static String classPath() {
		Set<String> entries = new LinkedHashSet<>();
		for (ClassLoader loader = ParserProcessMain.class.getClassLoader(); loader != null; loader = loader
			.getParent()) {
			if (loader instanceof URLClassLoader urls) {
				for (URL url : urls.getURLs()) {
					if ("file".equals(url.getProtocol())) {
						try {
							entries.add(Path.of(url.toURI()).toString());
						}
						catch (URISyntaxException | IllegalArgumentException ex) {
							// not a plain file: the system class path has what the
							// parser process needs
						}
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
