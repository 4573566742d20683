package com.breachimpact.inventory;

/**
 * Folders of ledger paths.
 */
public final class InventoryFolders {

	private InventoryFolders() {
	}

	/**
	 * The folder of a ledger path: {@code a/b} for {@code a/b/c.csv}, {@code ""} for a
	 * file at the root.
	 * @param relativePath a ledger path
	 * @return its folder
	 */
	public static String parent(String relativePath) {
		int slash = relativePath.lastIndexOf('/');
		return (slash < 0) ? "" : relativePath.substring(0, slash);
	}

}
