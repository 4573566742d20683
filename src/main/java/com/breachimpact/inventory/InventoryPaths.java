package com.breachimpact.inventory;

import java.nio.file.Path;

import com.breachimpact.extraction.LedgerPaths;

/**
 * Inventory paths as the ledger keeps them: relative to the inventory root, with
 * {@code /} separators on every platform, escaped as {@link LedgerPaths} says (a name
 * ending in {@code !} has its trailing {@code !} doubled, so that it never reads as a
 * container of the next segment).
 */
public final class InventoryPaths {

	private InventoryPaths() {
	}

	/**
	 * The ledger form of a path under the root.
	 * @param root the inventory root
	 * @param path a path under it
	 * @return the relative path with {@code /} separators
	 */
	public static String relative(Path root, Path path) {
		Path relative = root.relativize(path);
		StringBuilder result = new StringBuilder();
		for (Path part : relative) {
			if (!result.isEmpty()) {
				result.append('/');
			}
			result.append(LedgerPaths.escape(part.toString()));
		}
		return result.toString();
	}

	/**
	 * Resolve a ledger path against the root.
	 * @param root the inventory root
	 * @param relativePath the ledger path
	 * @return the file system path
	 */
	public static Path resolve(Path root, String relativePath) {
		Path result = root;
		for (String part : relativePath.split("/")) {
			result = result.resolve(LedgerPaths.unescapeSegment(part));
		}
		return result;
	}

}
