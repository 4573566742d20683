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
		Map<String, Set<String>> actual = attributions(scanned.runId());
		assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(corpus.files().keySet());
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
		assertThat(identifiers.precision()).isGreaterThanOrEqualTo(0.99);
		assertThat(identifiers.recall()).isGreaterThanOrEqualTo(0.99);
		assertThat(namesakes.precision()).isGreaterThanOrEqualTo(0.99);
		assertThat(namesakes.recall()).isGreaterThanOrEqualTo(0.99);
		assertThat(references.precision()).isGreaterThanOrEqualTo(0.99);
		assertThat(references.recall()).isGreaterThanOrEqualTo(0.99);

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

	private Map<String, Set<String>> attributions(long runId) {
		Map<String, Set<String>> actual = new TreeMap<>();
		this.jdbc.query("""
				SELECT i.rel_path, a.client_id FROM inventory_item i
				LEFT JOIN item_attribution a ON a.item_id = i.item_id AND a.run_id = i.run_id
				WHERE i.run_id = ? AND i.entry_type <> 'member'""", (row) -> {
			Set<String> clients = actual.computeIfAbsent(row.getString("rel_path"), (path) -> new TreeSet<>());
			if (row.getString("client_id") != null) {
				clients.add(row.getString("client_id"));
			}
		}, runId);
		return actual;
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

}
