package com.breachimpact.report;

import java.time.Instant;
import java.util.List;

import com.breachimpact.persons.ClientObligations;

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
 * @param obligations the client's individuals, legal combinations, residences and
 * notification obligations, or {@code null} when not computed
 */
public record ClientReport(ClientImpact impact, List<ClientIdentifier> identifiers, List<AffectedFile> files,
		List<AffectedFile> newFiles, boolean deltasComputed, RunInfo run, Instant firstFileTime, Instant lastFileTime,
		ClientObligations obligations) {

	/**
	 * A report without notification obligations.
	 * @param impact the client's impact
	 * @param identifiers the client's identifiers
	 * @param files the client's files
	 * @param newFiles the files new since the previous run
	 * @param deltasComputed whether new files were computed
	 * @param run the run's facts
	 * @param firstFileTime the earliest file time, or {@code null}
	 * @param lastFileTime the latest file time, or {@code null}
	 */
	public ClientReport(ClientImpact impact, List<ClientIdentifier> identifiers, List<AffectedFile> files,
			List<AffectedFile> newFiles, boolean deltasComputed, RunInfo run, Instant firstFileTime,
			Instant lastFileTime) {
		this(impact, identifiers, files, newFiles, deltasComputed, run, firstFileTime, lastFileTime, null);
	}

	/**
	 * This report with the client's notification obligations.
	 * @param obligations the obligations
	 * @return a new report
	 */
	public ClientReport withObligations(ClientObligations obligations) {
		return new ClientReport(this.impact, this.identifiers, this.files, this.newFiles, this.deltasComputed, this.run,
				this.firstFileTime, this.lastFileTime, obligations);
	}

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
