package com.breachimpact.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.breachimpact.support.SlowTest;
import com.breachimpact.corpus.LabelledCorpus.Label;
import com.breachimpact.corpus.LabelledCorpus.LabelledFile;
import com.breachimpact.corpus.LabelledCorpus.Part;
import com.breachimpact.institution.AbaRoutingNumber;
import com.breachimpact.institution.Bic;
import com.breachimpact.institution.ClientRegistry;
import com.breachimpact.institution.Lei;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LabelledCorpusGenerator}: size, speed, validity and determinism of the
 * corpus.
 */
@SlowTest
class LabelledCorpusGeneratorTests {

	@TempDir
	Path dir;

	@Test
	void generatesALargeValidRegistryAndAFewHundredLabelledFilesQuickly() throws IOException {
		// when
		long start = System.nanoTime();
		LabelledCorpus corpus = LabelledCorpusGenerator.generate(this.dir, 42L);
		long millis = (System.nanoTime() - start) / 1_000_000;
		// then
		assertThat(millis).isLessThan(10_000);
		assertThat(corpus.clients()).hasSizeGreaterThanOrEqualTo(2000);
		for (CorpusClient client : corpus.clients()) {
			assertThat(client.abas()).allSatisfy((aba) -> assertThat(AbaRoutingNumber.isValid(aba)).isTrue());
			assertThat(client.bic().isEmpty() || Bic.isValid(client.bic())).isTrue();
			assertThat(client.lei().isEmpty() || Lei.isValid(client.lei())).isTrue();
		}
		ClientRegistry registry = ClientRegistry.load(corpus.registry());
		assertThat(registry.clients()).hasSize(corpus.clients().size());
		assertThat(registry.warnings()).anySatisfy((w) -> assertThat(w.message()).contains("is shared by"));
		assertThat(corpus.files()).hasSizeGreaterThanOrEqualTo(300);
		Map<Label, Long> labels = corpus.files()
			.values()
			.stream()
			.collect(Collectors.groupingBy(LabelledFile::label, Collectors.counting()));
		assertThat(labels.keySet()).containsExactlyInAnyOrder(Label.values());
		assertThat(corpus.files().values()).filteredOn((f) -> f.part() == Part.NAMESAKES).hasSizeGreaterThan(100);
		try (Stream<Path> files = Files.walk(corpus.inventory())) {
			long bytes = files.filter(Files::isRegularFile).mapToLong((f) -> f.toFile().length()).sum();
			assertThat(bytes + Files.size(corpus.registry())).isLessThan(20L * 1024 * 1024);
		}
		assertThat(corpus.files().keySet())
			.allSatisfy((path) -> assertThat(corpus.inventory().resolve(path)).isRegularFile());
	}

	@Test
	void sameSeedGivesTheSameCorpus() throws IOException {
		LabelledCorpus first = LabelledCorpusGenerator.generate(this.dir.resolve("a"), 7L);
		LabelledCorpus second = LabelledCorpusGenerator.generate(this.dir.resolve("b"), 7L);
		assertThat(second.files()).isEqualTo(first.files());
		assertThat(Files.readString(second.registry())).isEqualTo(Files.readString(first.registry()));
		for (String path : first.files().keySet()) {
			assertThat(Files.readAllBytes(second.inventory().resolve(path)))
				.isEqualTo(Files.readAllBytes(first.inventory().resolve(path)));
		}
	}

}
