package com.breachimpact.report;

import java.nio.file.Path;

/**
 * Where a client's reports go: {@code <out>/clients/<client_id>}, the id made safe as a
 * single folder name.
 */
public final class ClientFolders {

	static final String CLIENTS = "clients";

	private ClientFolders() {
	}

	/**
	 * The folder of a client's reports.
	 * @param out the reports folder
	 * @param clientId the client id
	 * @return the client's folder
	 */
	public static Path folder(Path out, String clientId) {
		return out.resolve(CLIENTS).resolve(safeName(clientId));
	}

	/**
	 * An injective mapping of ids to folder names: letters, digits, {@code -} and
	 * non-leading {@code .} are kept, every other character becomes {@code _} and its
	 * four hex digits, so two ids never share a folder.
	 */
	static String safeName(String clientId) {
		StringBuilder safe = new StringBuilder(clientId.length());
		for (int i = 0; i < clientId.length(); i++) {
			char c = clientId.charAt(i);
			boolean keep = (c < 128 && Character.isLetterOrDigit(c)) || c == '-' || (c == '.' && i > 0);
			if (keep) {
				safe.append(c);
			}
			else {
				safe.append('_').append(String.format("%04x", (int) c));
			}
		}
		return safe.toString();
	}

}
