package com.breachimpact.institution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads client registries and builds their matchers once per registry version: the steps
 * of a run share them, and a long-lived process (a schedule) sees a registry file that
 * changed.
 */
public class RegistryCatalog {

	private final Map<String, LoadedRegistry> loaded = new ConcurrentHashMap<>();

	/**
	 * The registry at a path, with its matcher.
	 * @param registryFile the registry CSV
	 * @return the loaded registry
	 */
	public LoadedRegistry get(Path registryFile) {
		Path file = registryFile.toAbsolutePath().normalize();
		String key;
		try {
			key = file + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the client registry " + file, ex);
		}
		return this.loaded.computeIfAbsent(key, (k) -> {
			ClientRegistry registry = ClientRegistry.load(file);
			return new LoadedRegistry(registry, new InstitutionMatcher(registry));
		});
	}

	/**
	 * A registry and the matcher built over it.
	 *
	 * @param registry the registry
	 * @param matcher its matcher
	 */
	public record LoadedRegistry(ClientRegistry registry, InstitutionMatcher matcher) {
	}

}
