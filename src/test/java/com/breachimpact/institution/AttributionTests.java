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
		assertThat(Attribution.attribute(evidence)).isEmpty();
		assertThat(Attribution.score(evidence, AttributionPolicy.defaults())).singleElement()
			.satisfies((a) -> assertThat(a.score()).isEqualTo(0.6));
	}

	@Test
	void nameAndAliasCountOnceAsTheBetterOfTheTwo() {
		List<ClientAttribution> scores = Attribution.score(
				List.of(evidence("C1", EvidenceKind.NAME), evidence("C1", EvidenceKind.ALIAS)),
				AttributionPolicy.defaults());
		assertThat(scores).singleElement().satisfies((a) -> {
			assertThat(a.score()).isEqualTo(0.6);
			assertThat(a.decidingKinds()).containsExactly(EvidenceKind.NAME);
			assertThat(a.attributed()).isFalse();
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
		assertThat(attributed).extracting(ClientAttribution::clientId).containsExactly("C3", "C1");
		assertThat(attributed.get(0).score()).isEqualTo(2.0);
		assertThat(attributed.get(1).score()).isEqualTo(1.5);
		assertThat(attributed.get(1).decidingKinds()).containsExactlyInAnyOrder(EvidenceKind.ALIAS,
				EvidenceKind.EMAIL_DOMAIN);
	}

	@Test
	void policyWeightsReplaceEvidenceScores() {
		AttributionPolicy strict = new AttributionPolicy(1.5, Map.of(EvidenceKind.SFTP_FOLDER, 0.2));
		List<Evidence> evidence = List.of(evidence("C1", EvidenceKind.SFTP_FOLDER), evidence("C1", EvidenceKind.NAME),
				evidence("C2", EvidenceKind.LEI), evidence("C2", EvidenceKind.IBAN));
		assertThat(Attribution.attribute(evidence, strict)).extracting(ClientAttribution::clientId)
			.containsExactly("C2");
		assertThat(Attribution.score(evidence, strict)).extracting(ClientAttribution::score).containsExactly(2.0, 0.8);
	}

	@Test
	void defaultsAreThresholdOneAndEvidenceScores() {
		assertThat(AttributionPolicy.defaults().threshold()).isEqualTo(1.0);
		assertThat(AttributionPolicy.defaults().weights()).isEmpty();
		assertThat(AttributionPolicy.defaultWeights()).containsEntry(EvidenceKind.NAME, 0.6)
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
