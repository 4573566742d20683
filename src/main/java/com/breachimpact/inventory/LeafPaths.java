package com.breachimpact.inventory;

/**
 * The full path of a leaf item: a file's path, or for a member the file's path and the
 * member's path inside it, as the ledger writes them
 * ({@code outer.zip!/inner.zip!/f.csv}).
 */
public final class LeafPaths {

	private LeafPaths() {
	}

	/**
	 * The full path of a leaf.
	 * @param itemPath the file's path under the inventory root
	 * @param location the member's path inside the file, {@code ""} for the file itself
	 * @return the leaf's path
	 */
	public static String of(String itemPath, String location) {
		return (location == null || location.isEmpty()) ? itemPath : itemPath + "!/" + location;
	}

}
