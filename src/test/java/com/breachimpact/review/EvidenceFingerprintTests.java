package com.breachimpact.review;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link EvidenceFingerprint}.
 */
class EvidenceFingerprintTests {

	@Test
	void sameEvidenceInAnyOrderWithRepeatsGivesTheSameFingerprint() {
		assertThat(EvidenceFingerprint.of(List.of("ABA_ROUTING\t*****0021", "NAME\tPrairie Gold Credit Union")))
			.isEqualTo(EvidenceFingerprint
				.of(List.of("NAME\tPrairie Gold Credit Union", "ABA_ROUTING\t*****0021", "ABA_ROUTING\t*****0021")))
			.hasSize(64)
			.matches("[0-9a-f]{64}");
	}

	@Test
	void lostAddedOrChangedEvidenceGivesAnotherFingerprint() {
		String before = EvidenceFingerprint.of(List.of("ABA_ROUTING\t*****0021", "NAME\tPrairie Gold Credit Union"));
		assertThat(EvidenceFingerprint.of(List.of("ABA_ROUTING\t*****0021"))).isNotEqualTo(before);
		assertThat(EvidenceFingerprint
			.of(List.of("ABA_ROUTING\t*****0021", "NAME\tPrairie Gold Credit Union", "SFTP_FOLDER\tclients/prairie")))
			.isNotEqualTo(before);
		assertThat(EvidenceFingerprint.of(List.of("ABA_ROUTING\t*****0021", "ALIAS\tPrairie Gold Credit Union")))
			.isNotEqualTo(before);
		assertThat(EvidenceFingerprint.of(List.of())).isNotEqualTo(before);
	}

	@Test
	void linesDoNotRunIntoEachOther() {
		assertThat(EvidenceFingerprint.of(List.of("NAME\tab", "NAME\tc")))
			.isNotEqualTo(EvidenceFingerprint.of(List.of("NAME\ta", "NAME\tbc")));
	}

}
