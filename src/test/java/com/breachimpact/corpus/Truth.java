package com.breachimpact.corpus;

import java.util.ArrayList;
import java.util.List;

import com.breachimpact.corpus.LabelledCorpus.Named;

/**
 * What the generator put into one file, written as it writes it: which client's data, in
 * which member (an attachment, an archive member; {@code ""} for the file itself), named
 * how. Never computed from the file's text.
 */
final class Truth {

	private final List<Entry> entries = new ArrayList<>();

	/** A file that names no client. */
	static Truth none() {
		return new Truth();
	}

	/** A file that names one client one way, in its own text. */
	static Truth of(String clientId, Named how) {
		return new Truth().add(clientId, how);
	}

	/** The client is named in the file's own text (or path). */
	Truth add(String clientId, Named how) {
		return member("", clientId, how);
	}

	/** The client is named in a member of the file. */
	Truth member(String member, String clientId, Named how) {
		this.entries.add(new Entry(member, clientId, how));
		return this;
	}

	/** The true pairs, leaves named as the ledger names them. */
	List<LabelledCorpus.TruePair> pairs(String path) {
		return this.entries.stream()
			.map((e) -> new LabelledCorpus.TruePair(e.member().isEmpty() ? path : path + "!/" + e.member(),
					e.clientId(), e.how()))
			.toList();
	}

	private record Entry(String member, String clientId, Named how) {

	}

}
