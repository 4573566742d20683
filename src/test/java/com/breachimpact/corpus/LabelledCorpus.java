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
	 * How the generator named a client in a leaf: the truth's evidence kinds.
	 */
	public enum Named {

		/** The registered legal name, alone or with other evidence. */
		LEGAL_NAME("NAME"),

		/**
		 * A registered alias used as a name (also a common-word alias used as a name).
		 */
		ALIAS("ALIAS"),

		/** A registered routing number. */
		ROUTING("ABA_ROUTING"),

		/** A registered BIC. */
		BIC("BIC"),

		/** A registered LEI. */
		LEI("LEI"),

		/** An IBAN whose bank code is the client's. */
		IBAN("IBAN"),

		/** An address at the client's domain in the body text. */
		BODY_DOMAIN("EMAIL_DOMAIN"),

		/** An address at the client's domain in a mail header. */
		HEADER_ADDRESS("EMAIL_DOMAIN"),

		/** The file lies in the client's platform folder. */
		FOLDER_PATH("SFTP_FOLDER"),

		/** A path in the client's platform folder written in the text. */
		FOLDER_REFERENCE("FOLDER_REFERENCE"),

		/** A namesake's name with the city or state of exactly that namesake near. */
		NAMESAKE_BY_PLACE("NAME"),

		/** A namesake's name settled by an identifier or folder of that namesake. */
		NAMESAKE_BY_IDENTIFIER("NAME");

		private final String evidenceKind;

		Named(String evidenceKind) {
			this.evidenceKind = evidenceKind;
		}

		/** The scan's evidence kind (as in {@code evidence_kinds}) this naming gives. */
		public String evidenceKind() {
			return this.evidenceKind;
		}

	}

	/**
	 * One (leaf, client) pair of the truth and how the generator named the client there.
	 *
	 * @param leaf the file's path, or {@code file!/member} for a member
	 * @param clientId the client
	 * @param how how it was named
	 */
	public record TruePair(String leaf, String clientId, Named how) {

	}

	/**
	 * One file and its truth.
	 *
	 * @param part the issue it tests
	 * @param label what it holds
	 * @param truth the (leaf, client) pairs it holds, with how each client was named
	 * @param namesakes for an ambiguous file, the client ids of the namesakes it must
	 * record as ambiguous candidates (sorted, comma-separated), else empty
	 */
	public record LabelledFile(Part part, Label label, List<TruePair> truth, String namesakes) {

		public LabelledFile {
			truth = List.copyOf(truth);
		}

		/**
		 * The clients of the file and all its members.
		 * @return the client ids
		 */
		public Set<String> clients() {
			return truth.stream().map(TruePair::clientId).collect(java.util.stream.Collectors.toSet());
		}

	}

}
