package com.breachimpact.report;

import java.time.Instant;
import java.util.List;

import com.breachimpact.classification.PathMasking;

/**
 * One file attributed to a client, as the client's report shows it.
 *
 * @param path the path under the inventory root
 * @param sha256 the SHA-256 of the file recorded at ingest
 * @param size the size in bytes
 * @param mediaType the detected media type, or {@code null}
 * @param status the ledger status, with the failure reason if any
 * ({@code failed:encrypted})
 * @param modifiedAt the file's modification time, or {@code null}
 * @param score the attribution score
 * @param evidenceKinds the kinds of evidence that attributed the file
 * @param evidence the client's own evidence in the file, masked, one line each (kind,
 * masked value, member and line)
 * @param sensitiveData the sensitive data in the file, one line per category (occurrences
 * and distinct values; counts only)
 * @param possiblyIncomplete whether classification of the file was cut short
 */
public record AffectedFile(String path, String sha256, long size, String mediaType, String status, Instant modifiedAt,
		double score, List<String> evidenceKinds, List<String> evidence, List<String> sensitiveData,
		boolean possiblyIncomplete) {

	public AffectedFile {
		evidenceKinds = List.copyOf(evidenceKinds);
		evidence = List.copyOf(evidence);
		sensitiveData = List.copyOf(sensitiveData);
	}

	/**
	 * The path as reports show it: SSN- and card-like numbers masked
	 * ({@link PathMasking}); the SHA-256 identifies the file.
	 * @return the masked path
	 */
	public String displayPath() {
		return PathMasking.mask(this.path);
	}

	/**
	 * Why the file was attributed to the client, in one sentence for a reader.
	 * @return the evidence kinds in words and the score
	 */
	public String why() {
		List<String> kinds = this.evidenceKinds.stream().map(EvidenceLabels::label).toList();
		return "Attributed on " + String.join(", ", kinds) + " (score "
				+ String.format(java.util.Locale.ROOT, "%.2f", this.score) + ").";
	}

}
