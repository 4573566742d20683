package com.breachimpact.classification;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link SeverityPolicy}.
 */
class SeverityPolicyTests {

	private final SeverityPolicy policy = SeverityPolicy.defaults();

	@Test
	void notifyingCategories() {
		assertThat(this.policy.decide(Map.of(SensitiveCategory.SSN, 1L)).rule().name()).isEqualTo("ssn");
		assertThat(this.policy.decide(Map.of(SensitiveCategory.TRACK_DATA, 2L)).rule().name())
			.isEqualTo("payment-card");
		assertThat(this.policy.decide(Map.of(SensitiveCategory.PRIVATE_KEY, 1L)).rule().name())
			.isEqualTo("credentials");
		SeverityDecision decision = this.policy
			.decide(Map.of(SensitiveCategory.BANK_ACCOUNT, 3L, SensitiveCategory.ROUTING_NUMBER, 3L));
		assertThat(decision.severity()).isEqualTo(Severity.NOTIFY);
		assertThat(decision.rule().name()).isEqualTo("bank-account-with-routing");
		assertThat(decision.matchedCategories()).containsExactlyInAnyOrder(SensitiveCategory.BANK_ACCOUNT,
				SensitiveCategory.ROUTING_NUMBER);
	}

	@Test
	void accountWithoutRoutingIsReviewed() {
		SeverityDecision decision = this.policy.decide(Map.of(SensitiveCategory.BANK_ACCOUNT, 3L));
		assertThat(decision.severity()).isEqualTo(Severity.REVIEW);
		assertThat(decision.rule().name()).isEqualTo("other-personal-data");
	}

	@Test
	void contactDataOnlyIsReviewed() {
		SeverityDecision decision = this.policy
			.decide(Map.of(SensitiveCategory.EMAIL_ADDRESS, 4L, SensitiveCategory.PERSON_NAME, 2L));
		assertThat(decision.severity()).isEqualTo(Severity.REVIEW);
		assertThat(decision.rule().name()).isEqualTo("contact-data");
		assertThat(decision.matchedCategories()).containsExactlyInAnyOrder(SensitiveCategory.EMAIL_ADDRESS,
				SensitiveCategory.PERSON_NAME);
	}

	@Test
	void mostSevereRuleWins() {
		SeverityDecision decision = this.policy
			.decide(Map.of(SensitiveCategory.EMAIL_ADDRESS, 4L, SensitiveCategory.API_TOKEN, 1L));
		assertThat(decision.severity()).isEqualTo(Severity.NOTIFY);
		assertThat(decision.rule().name()).isEqualTo("credentials");
	}

	@Test
	void nothingOrZeroCountsIsInformational() {
		assertThat(this.policy.decide(Map.of()).severity()).isEqualTo(Severity.INFORMATIONAL);
		SeverityDecision decision = this.policy
			.decide(Map.of(SensitiveCategory.SSN, 0L, SensitiveCategory.ROUTING_NUMBER, 5L));
		assertThat(decision.severity()).isEqualTo(Severity.INFORMATIONAL);
		assertThat(decision.rule().name()).isEqualTo(SeverityPolicy.FALLBACK_RULE_NAME);
		assertThat(decision.matchedCategories()).isEmpty();
	}

	@Test
	void rulesAreConfigurable() {
		SeverityPolicy custom = new SeverityPolicy(List.of(
				new SeverityRule("dob-notifies", EnumSet.of(SensitiveCategory.DATE_OF_BIRTH), Severity.NOTIFY),
				new SeverityRule("emails-reviewed", EnumSet.of(SensitiveCategory.EMAIL_ADDRESS), Severity.REVIEW)));
		assertThat(custom.decide(Map.of(SensitiveCategory.DATE_OF_BIRTH, 1L)).severity()).isEqualTo(Severity.NOTIFY);
		assertThat(custom.decide(Map.of(SensitiveCategory.SSN, 1L)).severity()).isEqualTo(Severity.INFORMATIONAL);
		assertThat(custom.rules()).hasSize(2);
	}

	@Test
	void equalSeverityKeepsTheEarlierRule() {
		SeverityPolicy custom = new SeverityPolicy(
				List.of(new SeverityRule("first", EnumSet.of(SensitiveCategory.SSN), Severity.REVIEW),
						new SeverityRule("second", EnumSet.of(SensitiveCategory.SSN), Severity.REVIEW)));
		assertThat(custom.decide(Map.of(SensitiveCategory.SSN, 1L)).rule().name()).isEqualTo("first");
	}

	@Test
	void ruleNeedsNameAndSeverity() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SeverityRule(" ", EnumSet.of(SensitiveCategory.SSN), Severity.NOTIFY));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SeverityRule("x", EnumSet.of(SensitiveCategory.SSN), null));
	}

}
