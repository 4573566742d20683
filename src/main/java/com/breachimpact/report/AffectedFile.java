package com.breachimpact.report;

import java.time.Instant;
import java.util.List;

import com.breachimpact.classification.PathMasking;

/**
 * One row of a client's list of affected files: a leaf attributed to the client (a file,
 * or an archive member, attachment or embedded document of one), or the container row of
 * a file with attributed members, which shows the union of those members.
 *
 * @param path the path under the inventory root, for a member the file's path and the
 * member's path inside it ({@code outer.zip!/inner.zip!/f.csv})
 * @param sha256 the SHA-256 of the file recorded at ingest, or {@code null} for a member
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
 * @param role {@link #FILE}, {@link #CONTAINER} or {@link #MEMBER}
 */
public record AffectedFile(String path, String sha256, long size, String mediaType, String status, Instant modifiedAt,
		double score, List<String> evidenceKinds, List<String> evidence, List<String> sensitiveData,
		boolean possiblyIncomplete, String role) {

	/** A file attributed on its own text and path (a leaf). */
	public static final String FILE = "file";

	/** A file with attributed members: the union of their evidence and data. */
	public static final String CONTAINER = "container";

	/** An archive member, attachment or embedded document attributed on its own. */
	public static final String MEMBER = "member";

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
		return EvidenceLabels.why(this.evidenceKinds, this.score, CONTAINER.equals(this.role));
	}

	/**
	 * Whether only a legal name or alias attributed this row.
	 * @return whether no identifier, folder or e-mail domain was found
	 */
	public boolean nameOnly() {
		return EvidenceLabels.nameOnly(this.evidenceKinds);
	}

	/**
	 * Whether this row is a leaf (a file or a member), counted as one affected file.
	 * @return whether the row is not a container row
	 */
	public boolean leaf() {
		return !CONTAINER.equals(this.role);
	}

}
