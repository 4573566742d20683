package com.breachimpact.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.breachimpact.corpus.LabelledCorpus.Label;
import com.breachimpact.corpus.LabelledCorpus.LabelledFile;
import com.breachimpact.corpus.LabelledCorpus.Part;
import com.breachimpact.inventory.LeafPaths;
import com.breachimpact.report.AmbiguousCandidatesReport;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.ReportFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the precision and recall of the real scan job on a generated, labelled corpus
 * (see {@link LabelledCorpusGenerator}) over file-client pairs, per part: issue 3
 * (identifiers and their decoys) and issue 10 (namesakes, common-word and near-identical
 * names). The scan runs with the default policy, under which a name or alias of one
 * client used as a name attributes a file alone: a name credited to the wrong namesake, a
 * common word taken for a name or a variant matched to its neighbour shows as a wrong
 * attribution.
 */
class LabelledCorpusFunctionalTests extends PostgresScanTestSupport {

	private static final long SEED = 20240611L;

	@TempDir
	Path work;

	@Test
	void scanOfTheLabelledCorpusIsAccurate() throws Exception {
		// given
		LabelledCorpus corpus = LabelledCorpusGenerator.generate(this.work.resolve("corpus"), SEED);
		Path out = this.work.resolve("out");

		// when
		Scanned scanned = scan(corpus.inventory(), corpus.registry(), out);

		// then
		assertThat(scanned.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, Map<String, Set<String>>> leaves = leafAttributions(scanned.runId());
		Map<String, Set<String>> actual = fileAttributions(leaves);
		assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(corpus.files().keySet());
		Map<String, KindAccuracy> kinds = KindAccuracy.of(corpus, leaves);
		System.out.printf("Per evidence kind, on (leaf, client) pairs (truth from what the generator wrote):%n"
				+ "  %-17s %11s %6s %9s %7s%n", "kind", "truth pairs", "found", "precision", "recall");
		kinds.forEach((kind, accuracy) -> System.out.printf("  %-17s %11d %6d %9.4f %7.4f%n", kind,
				accuracy.truthPairs(), accuracy.found(), accuracy.precision(), accuracy.recall()));
		kinds.values()
			.forEach((accuracy) -> accuracy.errors().forEach((e) -> System.out.println("  leaf error: " + e)));
		Accuracy identifiers = Accuracy.of(corpus, actual, Part.IDENTIFIERS);
		Accuracy namesakes = Accuracy.of(corpus, actual, Part.NAMESAKES);
		Accuracy references = Accuracy.of(corpus, actual, Part.REFERENCES);
		System.out.printf(
				"Labelled corpus (%d clients, %d files): issue 3 precision %.4f recall %.4f "
						+ "(%d true pairs, %d attributed, %d correct); namesakes precision %.4f recall %.4f "
						+ "(%d true pairs, %d attributed, %d correct)%n",
				corpus.clients().size(), corpus.files().size(), identifiers.precision(), identifiers.recall(),
				identifiers.expected(), identifiers.attributed(), identifiers.correct(), namesakes.precision(),
				namesakes.recall(), namesakes.expected(), namesakes.attributed(), namesakes.correct());
		identifiers.errors().forEach((error) -> System.out.println("  issue 3 error: " + error));
		namesakes.errors().forEach((error) -> System.out.println("  namesake error: " + error));
		System.out.printf(
				"issue 13 (headers, folder references): precision %.4f recall %.4f "
						+ "(%d true pairs, %d attributed, %d correct)%n",
				references.precision(), references.recall(), references.expected(), references.attributed(),
				references.correct());
		references.errors().forEach((error) -> System.out.println("  issue 13 error: " + error));

		// no attribution at all from decoys, ambiguous mentions and common words used as
		// words
		Map<String, Set<String>> mustBeEmpty = new TreeMap<>();
		corpus.files().forEach((path, file) -> {
			if (file.label() == Label.DECOY || file.label() == Label.AMBIGUOUS
					|| file.label() == Label.COMMON_WORD_AS_WORD) {
				mustBeEmpty.put(path, actual.get(path));
			}
		});
		assertThat(mustBeEmpty).hasSizeGreaterThan(90)
			.allSatisfy((path, clients) -> assertThat(clients).as("attributions of %s", path).isEmpty());
		// nor from the member of a mixed archive whose routing number has a wrong check
		// digit
		assertThat(leaves).allSatisfy((leaf,
				clients) -> assertThat(leaf.endsWith("!/batch/rejects.txt") ? clients.keySet() : Set.<String>of())
					.as("attributions of %s", leaf)
					.isEmpty());
		assertThat(identifiers.precision()).isGreaterThanOrEqualTo(0.99);
		assertThat(identifiers.recall()).isGreaterThanOrEqualTo(0.99);
		assertThat(namesakes.precision()).isGreaterThanOrEqualTo(0.99);
		assertThat(namesakes.recall()).isGreaterThanOrEqualTo(0.99);
		assertThat(references.precision()).isGreaterThanOrEqualTo(0.99);
		assertThat(references.recall()).isGreaterThanOrEqualTo(0.99);
		assertThat(kinds.values()).allSatisfy((accuracy) -> {
			assertThat(accuracy.precision()).as("precision of %s", accuracy.kind()).isGreaterThanOrEqualTo(0.99);
			assertThat(accuracy.recall()).as("recall of %s", accuracy.kind()).isGreaterThanOrEqualTo(0.99);
		});
		assertThat(kinds.keySet()).contains("NAME", "ALIAS", "ABA_ROUTING", "BIC", "LEI", "EMAIL_DOMAIN", "SFTP_FOLDER",
				"FOLDER_REFERENCE");

		// every ambiguous file records its namesakes as candidates, in the table and in
		// the report
		Map<String, Set<String>> candidates = ambiguousCandidates(scanned.runId());
		corpus.files().forEach((path, file) -> {
			if (file.label() == Label.AMBIGUOUS) {
				assertThat(candidates.get(path)).as("ambiguous candidates of %s", path)
					.containsExactly(file.namesakes());
			}
		});
		ReportFolders.rows(out.resolve(AmbiguousCandidatesReport.FILE_NAME))
			.stream()
			.limit(2)
			.forEach((row) -> System.out.println("  ambiguous_candidates.csv: " + String.join(" | ", row)));
		assertThat(ReportFolders.column(out.resolve(AmbiguousCandidatesReport.FILE_NAME), "path"))
			.containsAll(corpus.files()
				.entrySet()
				.stream()
				.filter((file) -> file.getValue().label() == Label.AMBIGUOUS)
				.map(Map.Entry::getKey)
				.toList());
	}

	/** Per leaf ({@code file} or {@code file!/member}): client -> evidence kinds. */
	private Map<String, Map<String, Set<String>>> leafAttributions(long runId) {
		Map<String, Map<String, Set<String>>> leaves = new TreeMap<>();
		this.jdbc.query("""
				SELECT i.rel_path, a.location, a.client_id, a.evidence_kinds FROM inventory_item i
				LEFT JOIN item_attribution a ON a.item_id = i.item_id AND a.run_id = i.run_id
				WHERE i.run_id = ? AND i.entry_type <> 'member'""", (row) -> {
			String path = row.getString("rel_path");
			leaves.computeIfAbsent(path, (p) -> new TreeMap<>());
			if (row.getString("client_id") != null) {
				String leaf = LeafPaths.of(path, row.getString("location"));
				leaves.computeIfAbsent(leaf, (p) -> new TreeMap<>())
					.computeIfAbsent(row.getString("client_id"), (c) -> new TreeSet<>())
					.addAll(List.of(row.getString("evidence_kinds").split(",")));
			}
		}, runId);
		return leaves;
	}

	/** Per file: the clients of the file and all its leaves. */
	private static Map<String, Set<String>> fileAttributions(Map<String, Map<String, Set<String>>> leaves) {
		Map<String, Set<String>> files = new TreeMap<>();
		leaves.forEach((leaf, clients) -> {
			int bang = leaf.indexOf("!/");
			files.computeIfAbsent((bang < 0) ? leaf : leaf.substring(0, bang), (f) -> new TreeSet<>())
				.addAll(clients.keySet());
		});
		return files;
	}

	private Map<String, Set<String>> ambiguousCandidates(long runId) {
		Map<String, Set<String>> candidates = new TreeMap<>();
		this.jdbc.query("""
				SELECT i.rel_path, c.candidate_ids FROM ambiguous_candidate c
				JOIN inventory_item i ON i.item_id = c.item_id WHERE c.run_id = ?""", (row) -> {
			candidates.computeIfAbsent(row.getString("rel_path"), (path) -> new TreeSet<>())
				.add(row.getString("candidate_ids"));
		}, runId);
		return candidates;
	}

	/**
	 * Precision and recall over the file-client pairs of one part.
	 */
	private record Accuracy(long expected, long attributed, long correct, List<String> errors) {

		static Accuracy of(LabelledCorpus corpus, Map<String, Set<String>> actual, Part part) {
			long expected = 0;
			long attributed = 0;
			long correct = 0;
			List<String> errors = new ArrayList<>();
			for (Map.Entry<String, LabelledFile> file : new TreeMap<>(corpus.files()).entrySet()) {
				if (file.getValue().part() != part) {
					continue;
				}
				Set<String> truth = file.getValue().clients();
				Set<String> found = actual.getOrDefault(file.getKey(), Set.of());
				expected += truth.size();
				attributed += found.size();
				correct += found.stream().filter(truth::contains).count();
				if (!found.equals(truth)) {
					errors.add(file.getKey() + " [" + file.getValue().label() + "] expected " + new TreeSet<>(truth)
							+ " found " + found);
				}
			}
			return new Accuracy(expected, attributed, correct, errors);
		}

		double precision() {
			return (this.attributed == 0) ? 1.0 : (double) this.correct / this.attributed;
		}

		double recall() {
			return (this.expected == 0) ? 1.0 : (double) this.correct / this.expected;
		}

	}

	/**
	 * Precision and recall of one evidence kind over (leaf, client) pairs: the truth
	 * pairs are those the generator named that way, the found pairs those the scan
	 * attributed with evidence of that kind; a found pair is correct when the generator
	 * put the client in that leaf at all.
	 */
	private record KindAccuracy(String kind, long truthPairs, long recalled, long found, long correct,
			List<String> errors) {

		static Map<String, KindAccuracy> of(LabelledCorpus corpus, Map<String, Map<String, Set<String>>> leaves) {
			Map<String, Set<String>> truthByKind = new TreeMap<>();
			Set<String> truePairs = new TreeSet<>();
			Map<String, Set<String>> named = new TreeMap<>();
			corpus.files().values().forEach((file) -> file.truth().forEach((pair) -> {
				String key = pair.leaf() + " -> " + pair.clientId();
				truePairs.add(key);
				truthByKind.computeIfAbsent(pair.how().evidenceKind(), (k) -> new TreeSet<>()).add(key);
				named.computeIfAbsent(key, (k) -> new TreeSet<>()).add(pair.how().name());
			}));
			Map<String, Set<String>> foundByKind = new TreeMap<>();
			Set<String> attributed = new TreeSet<>();
			leaves.forEach((leaf, clients) -> clients.forEach((client, kinds) -> {
				attributed.add(leaf + " -> " + client);
				kinds.forEach((kind) -> foundByKind.computeIfAbsent(kind, (k) -> new TreeSet<>())
					.add(leaf + " -> " + client));
			}));
			Set<String> all = new TreeSet<>(truthByKind.keySet());
			all.addAll(foundByKind.keySet());
			Map<String, KindAccuracy> result = new TreeMap<>();
			for (String kind : all) {
				Set<String> truth = truthByKind.getOrDefault(kind, Set.of());
				Set<String> found = foundByKind.getOrDefault(kind, Set.of());
				List<String> errors = new ArrayList<>();
				long recalled = 0;
				for (String pair : truth) {
					if (attributed.contains(pair)) {
						recalled++;
					}
					else {
						errors.add(kind + " missed: " + pair + " " + named.get(pair));
					}
				}
				long correct = 0;
				for (String pair : found) {
					if (truePairs.contains(pair)) {
						correct++;
					}
					else {
						errors.add(kind + " WRONG: " + pair);
					}
				}
				result.put(kind, new KindAccuracy(kind, truth.size(), recalled, found.size(), correct, errors));
			}
			return result;
		}

		double precision() {
			return (this.found == 0) ? 1.0 : (double) this.correct / this.found;
		}

		double recall() {
			return (this.truthPairs == 0) ? 1.0 : (double) this.recalled / this.truthPairs;
		}

	}

}
