package com.breachimpact.report;

import java.time.Instant;
import java.util.List;

/**
 * Everything one client's report shows, built once per client from the database; the HTML
 * page, the PDF and the CSV files are written from it. It holds the client's own data
 * only: other clients' evidence in shared files is left out.
 *
 * @param impact the client's impact: severity, categories, people
 * @param identifiers the client's registry identifiers, masked where they are numbers or
 * codes
 * @param files the client's files, by path
 * @param newFiles files that are new since the previous run of the case; empty until runs
 * are compared
 * @param deltasComputed whether {@code newFiles} was computed (false: no previous run was
 * compared)
 * @param run the run's facts, to check and reproduce the report
 * @param firstFileTime the earliest modification time of the client's files, or
 * {@code null}
 * @param lastFileTime the latest modification time of the client's files, or {@code null}
 */
public record ClientReport(ClientImpact impact, List<ClientIdentifier> identifiers, List<AffectedFile> files,
		List<AffectedFile> newFiles, boolean deltasComputed, RunInfo run, Instant firstFileTime, Instant lastFileTime) {

	public ClientReport {
		identifiers = List.copyOf(identifiers);
		files = List.copyOf(files);
		newFiles = List.copyOf(newFiles);
	}

	/** The client's id. */
	public String clientId() {
		return this.impact.clientId();
	}

	/** The client's legal name. */
	public String name() {
		return this.impact.name();
	}

}
