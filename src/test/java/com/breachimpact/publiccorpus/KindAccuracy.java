package com.breachimpact.publiccorpus;

import java.util.List;

import com.breachimpact.institution.EvidenceKind;

/**
 * Precision and recall of one kind of evidence on the public corpus.
 *
 * @param kind the kind
 * @param truePairs (leaf, client) pairs the truth holds for this kind
 * @param attributed of those, how many the scan attributed (the leaf to the client)
 * @param evidenced of those, how many carry the scan's evidence of this kind for the
 * client at that leaf
 * @param findings the scan's (item, client) evidence pairs of this kind
 * @param correctFindings of those, how many the truth holds (any kind)
 * @param misses the true pairs not attributed, with where the truth read them
 * @param wrong the evidence pairs the truth does not hold
 */
record KindAccuracy(EvidenceKind kind, long truePairs, long attributed, long evidenced, long findings,
		long correctFindings, List<String> misses, List<String> wrong) {

	double recall() {
		return (this.truePairs == 0) ? 1.0 : (double) this.attributed / this.truePairs;
	}

	double evidenceRecall() {
		return (this.truePairs == 0) ? 1.0 : (double) this.evidenced / this.truePairs;
	}

	double precision() {
		return (this.findings == 0) ? 1.0 : (double) this.correctFindings / this.findings;
	}

	String line() {
		return String.format(
				"%-13s precision %.3f (%d/%d evidence pairs)  recall %.3f (%d/%d attributed)  "
						+ "evidence recall %.3f (%d/%d)",
				this.kind, precision(), this.correctFindings, this.findings, recall(), this.attributed, this.truePairs,
				evidenceRecall(), this.evidenced, this.truePairs);
	}

}
