package com.breachimpact.review;

import java.time.Instant;
import java.util.List;

/**
 * The review of one client in one run, as the reports show it: how many of the client's
 * attributions are confirmed, rejected, unreviewed, stale or added, the rejected files
 * with their reasons (for the report's appendix), and the client's current note. Read by
 * {@link ReviewSummaries}.
 *
 * @param clientId the client
 * @param confirmed attributions confirmed by an investigator
 * @param rejected attributions rejected (not counted in the client's impact)
 * @param unreviewed attributions no one decided on
 * @param stale attributions whose decision needs a second look (counted, not applied)
 * @param added manual attributions an investigator added
 * @param rejectedFiles the rejected attributions, by path
 * @param note the client's current note, or {@code null}
 */
public record ReviewSummary(String clientId, int confirmed, int rejected, int unreviewed, int stale, int added,
		List<RejectedFile> rejectedFiles, String note) {

	public ReviewSummary

	{
		rejectedFiles = List.copyOf(rejectedFiles);
	}

	/**
	 * The attributions that count in the client's impact: all but the rejected.
	 * @return confirmed + unreviewed + stale + added
	 */
	public int counted() {
		return this.confirmed + this.unreviewed + this.stale + this.added;
	}

	/**
	 * Whether an investigator reviewed the client: it has counted attributions and every
	 * one of them is confirmed or added (none unreviewed or stale). With
	 * {@code breach-impact.review.notify-reviewed-only}, only reviewed clients go on the
	 * notification list.
	 * @return whether the client is reviewed
	 */
	public boolean reviewed() {
		return counted() > 0 && this.unreviewed == 0 && this.stale == 0;
	}

	/**
	 * A rejected attribution.
	 *
	 * @param path the file's path in the run
	 * @param sha256 its content
	 * @param score the automation's score
	 * @param evidenceKinds the kinds that decided it
	 * @param reason the investigator's reason
	 * @param decidedBy who rejected it
	 * @param decidedAt when
	 */
	public record RejectedFile(String path, String sha256, double score, String evidenceKinds, String reason,
			String decidedBy, Instant decidedAt) {
	}

}
