package com.breachimpact.institution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The clients' registered platform folders ({@code sftp_folders}), keyed by their
 * canonical form ({@link RegistryCsvReader#canonicalFolder}: {@code /} as separator, no
 * empty or {@code .} segments) in lower case, so that separators and case are folded and
 * folder boundaries hold: a folder is looked up only as a whole sequence of path
 * segments.
 */
final class PlatformFolders {

	private final Map<String, List<FolderOwner>> owners;

	/** The first segment of every registered folder. */
	private final Set<String> firstSegments;

	/** The most segments a registered folder has. */
	private final int deepest;

	PlatformFolders(ClientRegistry registry) {
		Map<String, List<FolderOwner>> folders = new HashMap<>();
		for (Client client : registry.clients()) {
			String id = client.clientId();
			for (String folder : client.sftpFolders()) {
				List<FolderOwner> owners = folders.computeIfAbsent(key(folder), (k) -> new ArrayList<>());
				if (owners.stream().noneMatch((owner) -> owner.clientId().equals(id))) {
					owners.add(new FolderOwner(id, folder));
				}
			}
		}
		Map<String, List<FolderOwner>> frozen = new HashMap<>();
		folders.forEach((key, owners) -> frozen.put(key, List.copyOf(owners)));
		this.owners = Map.copyOf(frozen);
		Set<String> first = new HashSet<>();
		int deepest = 0;
		for (String key : this.owners.keySet()) {
			String[] segments = key.split("/");
			first.add(segments[0]);
			deepest = Math.max(deepest, segments.length);
		}
		this.firstSegments = Set.copyOf(first);
		this.deepest = deepest;
	}

	/**
	 * Whether a registered folder starts with a segment.
	 * @param segment a lower-case path segment
	 * @return whether a folder starts with it
	 */
	boolean startsFolder(String segment) {
		return this.firstSegments.contains(segment);
	}

	/**
	 * The most segments a registered folder has.
	 * @return the depth of the deepest folder
	 */
	int deepest() {
		return this.deepest;
	}

	/**
	 * The lookup key of a folder path: canonical, lower case.
	 * @param path a folder path, {@code /} or {@code \} as separators
	 * @return the key
	 */
	static String key(String path) {
		return RegistryCsvReader.canonicalFolder(path).toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether no client has registered a folder.
	 * @return whether there are none
	 */
	boolean isEmpty() {
		return this.owners.isEmpty();
	}

	/**
	 * The clients whose registered folder is exactly a key.
	 * @param key a {@linkplain #key key}
	 * @return the owners with the folder as registered, empty when none
	 */
	List<FolderOwner> owners(String key) {
		return this.owners.getOrDefault(key, List.of());
	}

	/**
	 * Each registered folder that a canonical lower-case path starts with, from the
	 * outermost in: the path itself and every prefix of it that ends at a separator.
	 * @param key a {@linkplain #key key}
	 * @return the owners of those folders
	 */
	List<FolderOwner> ownersOfPrefixes(String key) {
		List<FolderOwner> found = new ArrayList<>();
		int from = 0;
		while (from <= key.length() && !key.isEmpty()) {
			int slash = key.indexOf('/', from);
			int end = (slash < 0) ? key.length() : slash;
			found.addAll(owners(key.substring(0, end)));
			if (slash < 0) {
				break;
			}
			from = slash + 1;
		}
		return found;
	}

	/**
	 * A client's folder.
	 *
	 * @param clientId the client
	 * @param folder the folder as registered
	 */
	record FolderOwner(String clientId, String folder) {

	}

}
