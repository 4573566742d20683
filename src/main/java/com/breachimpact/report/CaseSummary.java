package com.breachimpact.report;

import java.util.List;

/**
 * The case summary for the incident lead: every affected client, totals, unknown
 * institution identifiers, and the items that failed or were only partly classified.
 *
 * @param run the run's facts
 * @param clients the affected clients, most severe first, then by size
 * @param notifyClients clients with severity notify
 * @param reviewClients clients with severity review
 * @param informationalClients clients with severity informational
 * @param attributedFiles distinct files attributed to at least one client
 * @param unmatchedFiles files attributed to no client
 * @param unknownIdentifiers valid identifiers of institutions missing from the registry,
 * masked, with the number of files they occur in
 * @param problemItems failed and partly classified items, at most
 * {@link #MAX_PROBLEM_ITEMS}
 * @param problemItemCount all failed and partly classified items
 */
public record CaseSummary(RunInfo run, List<ClientImpact> clients, long notifyClients, long reviewClients,
		long informationalClients, long attributedFiles, long unmatchedFiles, List<UnknownRow> unknownIdentifiers,
		List<ProblemItem> problemItems, long problemItemCount) {

	/** The most failed and limited items the summary lists; ledger.csv has all. */
	public static final int MAX_PROBLEM_ITEMS = 500;

	public CaseSummary {
		clients = List.copyOf(clients);
		unknownIdentifiers = List.copyOf(unknownIdentifiers);
		problemItems = List.copyOf(problemItems);
	}

	/**
	 * A client's report folder name, for links.
	 * @param clientId the client
	 * @return the folder under {@code clients/}
	 */
	public String folder(String clientId) {
		return ClientFolders.safeName(clientId);
	}

	/**
	 * An identifier of an institution that is not in the registry.
	 *
	 * @param kind the evidence kind
	 * @param maskedValue the masked value
	 * @param files files it occurs in
	 */
	public record UnknownRow(String kind, String maskedValue, long files) {

	}

	/**
	 * An item that failed, or whose classification was cut short.
	 *
	 * @param path the path under the inventory root
	 * @param status the ledger status
	 * @param reason the failure reason, or {@code limited} for a partly classified item
	 * @param detail the parser's or file system's message, or {@code null}
	 */
	public record ProblemItem(String path, String status, String reason, String detail) {

	}

}
