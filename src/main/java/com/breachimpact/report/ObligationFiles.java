package com.breachimpact.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.breachimpact.csv.CsvFile;
import com.breachimpact.persons.ClientObligations;

/**
 * A client's {@code persons_by_state.csv} (individuals per residence, with the notifiable
 * ones per legal combination) and {@code obligations.csv} (each jurisdiction's trigger,
 * the client's count, met or not, and the deadline). Counts only: no person's name or
 * value.
 */
final class ObligationFiles {

	private ObligationFiles() {
	}

	static void writePersonsByState(ClientObligations obligations, Path file) {
		List<String> header = new ArrayList<>(List.of("residence", "name", "persons", "notifiable_persons"));
		obligations.combinations().forEach((combination) -> header.add(combination.rule().id()));
		try (CsvFile csv = CsvFile.create(file, header.toArray(String[]::new))) {
			for (ClientObligations.ResidenceCount residence : obligations.residences()) {
				List<Object> row = new ArrayList<>(
						List.of(residence.residence(), residence.name(), residence.persons(), residence.notifiable()));
				obligations.combinations()
					.forEach((combination) -> row.add(residence.perRule().getOrDefault(combination.rule().id(), 0L)));
				csv.row(row.toArray());
			}
			List<Object> total = new ArrayList<>(List.of("total", "", obligations.persons(), obligations.notifiable()));
			obligations.combinations().forEach((combination) -> total.add(combination.persons()));
			csv.row(total.toArray());
		}
	}

	static void writeObligations(ClientObligations obligations, Path file) {
		try (CsvFile csv = CsvFile.create(file, "jurisdiction", "authority", "trigger", "threshold", "client_count",
				"threshold_met", "deadline", "clock", "clock_start", "deadline_at", "citation")) {
			for (ClientObligations.Obligation obligation : obligations.obligations()) {
				var jurisdiction = obligation.jurisdiction();
				csv.row(jurisdiction.id(), jurisdiction.authority(), jurisdiction.trigger(), jurisdiction.threshold(),
						obligation.persons(), obligation.met() ? "met" : "not met",
						(jurisdiction.deadline() != null) ? jurisdiction.deadline().toHours() + " hours" : "none",
						jurisdiction.clock().code(), obligation.clockStart(), obligation.deadline(),
						jurisdiction.citation());
			}
		}
	}

}
