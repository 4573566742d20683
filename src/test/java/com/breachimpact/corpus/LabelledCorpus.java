package com.breachimpact.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A generated corpus with its truth.
 *
 * @param registry the registry CSV
 * @param inventory the inventory root
 * @param clients the registry's clients
 * @param files every file of the inventory, by path relative to the root
 */
public record LabelledCorpus(Path registry, Path inventory, List<CorpusClient> clients,
		Map<String, LabelledFile> files) {

	public LabelledCorpus {
		clients = List.copyOf(clients);
		files = Map.copyOf(files);
	}

	/**
	 * The true clients of every file.
	 * @return path -> the clients the file must be attributed to (empty for none)
	 */
	public Map<String, Set<String>> expected() {
		return this.files.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().clients()));
	}

	/** Which issue a file tests. */
	public enum Part {

		/** Issue 3: identifiers, folders, domains, their decoys, and plain names. */
		IDENTIFIERS,

		/** Issue 10: namesakes, common-word names and near-identical names. */
		NAMESAKES,

		/**
		 * Issue 13: client evidence only in mail headers or in platform folder paths
		 * written in the text.
		 */
		REFERENCES

	}

	/** What a file holds. */
	public enum Label {

		/** Evidence of its clients (identifiers, folders, domains, names). */
		CLIENT_EVIDENCE,

		/**
		 * Decoys only: invalid check digits, unregistered identifiers, confusable names,
		 * look-alike domains.
		 */
		DECOY,

		/** A name shared by namesakes with nothing to settle it: no client. */
		AMBIGUOUS,

		/** A shared name settled by the city or state of one namesake near it. */
		SETTLED_BY_PLACE,

		/** A shared name settled by an identifier of one namesake in the file. */
		SETTLED_BY_IDENTIFIER,

		/** A shared name settled by the folder of one namesake. */
		SETTLED_BY_FOLDER,

		/** Aliases that are common words, used as words only: no client. */
		COMMON_WORD_AS_WORD,

		/** Aliases that are common words, used as names. */
		COMMON_WORD_AS_NAME,

		/**
		 * Near-identical names (X Bank, X Bank N.A., X Bank &amp; Trust, X Bancorp) in
		 * their variant spellings.
		 */
		NEAR_IDENTICAL,

		/** A client's address only in a mail header (Cc, Bcc, Reply-To, Sender). */
		HEADER_EVIDENCE,

		/** A path in a client's platform folder written in the text. */
		FOLDER_REFERENCE

	}

	/**
	 * One file and its truth.
	 *
	 * @param part the issue it tests
	 * @param label what it holds
	 * @param clients the clients it must be attributed to
	 * @param namesakes for an ambiguous file, the client ids of the namesakes it must
	 * record as ambiguous candidates (sorted, comma-separated), else empty
	 */
	public record LabelledFile(Part part, Label label, Set<String> clients, String namesakes) {

		public LabelledFile {
			clients = Set.copyOf(clients);
		}

	}

}
