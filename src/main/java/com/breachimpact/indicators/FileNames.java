package com.breachimpact.indicators;

/**
 * File names from the stolen data as they may be shown to another organization: the base
 * name only (folders may name other clients), control and formatting characters (such as
 * a right-to-left override that disguises an extension) replaced.
 */
final class FileNames {

	static final int MAX_LENGTH = 255;

	private FileNames() {
	}

	/**
	 * The base name of an inventory path, of a member's own path for an embedded member
	 * ({@code a.zip!/docs/b.pdf} gives {@code b.pdf}).
	 * @param path the path under the inventory root
	 * @return the base name, made safe to show
	 */
	static String baseName(String path) {
		String name = path;
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		if (slash >= 0 && slash < name.length() - 1) {
			name = name.substring(slash + 1);
		}
		StringBuilder safe = new StringBuilder(Math.min(name.length(), MAX_LENGTH));
		name.codePoints().limit(MAX_LENGTH).forEach((c) -> {
			int type = Character.getType(c);
			boolean hidden = Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR;
			safe.appendCodePoint(hidden ? '\uFFFD' : c);
		});
		return safe.toString();
	}

}
