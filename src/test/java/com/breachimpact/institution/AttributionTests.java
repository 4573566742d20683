package com.breachimpact.institution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.breachimpact.institution.Attribution.ClientAttribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link Attribution} and {@link AttributionPolicy}.
 */
class AttributionTests {

	@Test
	void manyMentionsOfANameDoNotAddUp() {
		List<Evidence> evidence = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			evidence.add(evidence("C1", EvidenceKind.NAME));
		}
		assertThat(Attribution.attribute(evidence)).singleElement().satisfies((a) -> {
			assertThat(a.score()).isEqualTo(1.0);
			assertThat(a.nameOnly()).isTrue();
		});
	}

	@Test
	void aNameOfOneClientAttributesByDefaultAndSaysItIsNameOnly() {
		assertThat(Attribution.attribute(List.of(evidence("C1", EvidenceKind.ALIAS)))).singleElement()
			.satisfies((a) -> {
				assertThat(a.attributed()).isTrue();
				assertThat(a.nameOnly()).isTrue();
			});
		assertThat(Attribution.attribute(List.of(evidence("C1", EvidenceKind.ALIAS), evidence("C1", EvidenceKind.BIC))))
			.singleElement()
			.satisfies((a) -> assertThat(a.nameOnly()).isFalse());
	}

	@Test
	void weightsFromTheJobDefinitionCanMakeNamesAloneAttributeNothing() {
		AttributionPolicy strict = AttributionPolicy.of(1.0, Map.of(EvidenceKind.NAME, 0.6, EvidenceKind.ALIAS, 0.5));
		assertThat(strict.weights()).containsEntry(EvidenceKind.BIC, 1.0).containsEntry(EvidenceKind.NAME, 0.6);
		List<ClientAttribution> scores = Attribution.score(List.of(evidence("C1", EvidenceKind.NAME)), strict);
		assertThat(scores).singleElement().satisfies((a) -> {
			assertThat(a.score()).isEqualTo(0.6);
			assertThat(a.attributed()).isFalse();
		});
	}

	@Test
	void nameAndAliasCountOnceAsTheBetterOfTheTwo() {
		List<ClientAttribution> scores = Attribution.score(
				List.of(evidence("C1", EvidenceKind.NAME), evidence("C1", EvidenceKind.ALIAS)),
				AttributionPolicy.defaults());
		assertThat(scores).singleElement().satisfies((a) -> {
			assertThat(a.score()).isEqualTo(1.0);
			assertThat(a.decidingKinds()).containsExactly(EvidenceKind.NAME);
			assertThat(a.attributed()).isTrue();
		});
	}

	@Test
	void oneStrongIdentifierReachesTheDefaultThreshold() {
		assertThat(Attribution.attribute(List.of(evidence("C1", EvidenceKind.BIC)))).singleElement().satisfies((a) -> {
			assertThat(a.score()).isEqualTo(1.0);
			assertThat(a.attributed()).isTrue();
			assertThat(a.decidingKinds()).containsExactly(EvidenceKind.BIC);
		});
	}

	@Test
	void kindsAddUpPerClient() {
		List<Evidence> evidence = List.of(evidence("C1", EvidenceKind.ALIAS), evidence("C1", EvidenceKind.EMAIL_DOMAIN),
				evidence("C1", EvidenceKind.EMAIL_DOMAIN), evidence("C2", EvidenceKind.NAME),
				evidence("C3", EvidenceKind.SFTP_FOLDER), evidence("C3", EvidenceKind.ABA_ROUTING));
		List<ClientAttribution> attributed = Attribution.attribute(evidence);
		assertThat(attributed).extracting(ClientAttribution::clientId).containsExactly("C1", "C3", "C2");
		assertThat(attributed).extracting(ClientAttribution::score).containsExactly(2.0, 2.0, 1.0);
		assertThat(attributed.get(0).decidingKinds()).containsExactlyInAnyOrder(EvidenceKind.ALIAS,
				EvidenceKind.EMAIL_DOMAIN);
	}

	@Test
	void policyWeightsReplaceEvidenceScores() {
		AttributionPolicy strict = new AttributionPolicy(1.5, Map.of(EvidenceKind.SFTP_FOLDER, 0.2));
		List<Evidence> evidence = List.of(evidence("C1", EvidenceKind.SFTP_FOLDER), evidence("C1", EvidenceKind.NAME),
				evidence("C2", EvidenceKind.LEI), evidence("C2", EvidenceKind.IBAN));
		assertThat(Attribution.attribute(evidence, strict)).extracting(ClientAttribution::clientId)
			.containsExactly("C2");
		assertThat(Attribution.score(evidence, strict)).extracting(ClientAttribution::score).containsExactly(2.0, 1.2);
	}

	@Test
	void defaultsAreThresholdOneAndEvidenceScores() {
		assertThat(AttributionPolicy.defaults().threshold()).isEqualTo(1.0);
		assertThat(AttributionPolicy.defaults().weights()).isEmpty();
		assertThat(AttributionPolicy.defaultWeights()).containsEntry(EvidenceKind.NAME, 1.0)
			.containsEntry(EvidenceKind.BIC, 1.0)
			.hasSize(EvidenceKind.values().length);
	}

	@Test
	void policyRefusesNonsense() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AttributionPolicy(0, Map.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new AttributionPolicy(Double.NaN, Map.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AttributionPolicy(1, Map.of(EvidenceKind.NAME, -1.0)));
	}

	@Test
	void noEvidenceNoAttribution() {
		assertThat(Attribution.attribute(List.of())).isEmpty();
	}

	private static Evidence evidence(String clientId, EvidenceKind kind) {
		return new Evidence(clientId, kind, "x", 0, 1, kind.defaultWeight());
	}

}
