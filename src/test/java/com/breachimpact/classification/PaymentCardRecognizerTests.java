package com.breachimpact.classification;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PaymentCardRecognizer}.
 */
class PaymentCardRecognizerTests {

	private List<SensitiveFinding> scan(String text) {
		return TestRecognizers.scan(PaymentCardRecognizer::new, text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "4526018159083012", "4661318609133", "4909960308246281946", "5182199351819098",
			"2221378657975438", "2720231948757493", "341186252760181", "379555979711476", "6011104974650750",
			"6452917034236674", "6512768426846563218", "6221262233079249", "3528402685995289", "3589907866661760311",
			"30037215901097", "36281590139626", "62459571177774128" })
	void issuerNumbersAreFound(String pan) {
		List<SensitiveFinding> findings = scan("paid with " + pan + " yesterday");
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.category()).isEqualTo(SensitiveCategory.PAYMENT_CARD);
			assertThat(finding.maskedValue()).endsWith(pan.substring(pan.length() - 4))
				.doesNotContain(pan.substring(0, 6));
			assertThat(finding.valueHash()).isEqualTo(TestRecognizers.hash(SensitiveCategory.PAYMENT_CARD, pan));
			assertThat(finding.offset()).isEqualTo(10);
		});
	}

	@Test
	void standardGroupingsAreFound() {
		assertThat(scan("card 4526 0181 5908 3012 exp 12/27")).singleElement()
			.satisfies((finding) -> assertThat(finding.confidence()).isGreaterThan(0.9));
		assertThat(scan("Amex 3411-862527-60181")).hasSize(1);
		assertThat(scan("Diners 3003 721590 1097")).hasSize(1);
	}

	@Test
	void oddGroupingsAndMixedSeparatorsAreRejected() {
		assertThat(scan("id 45260 18159 083012")).isEmpty();
		assertThat(scan("id 4526-0181 5908-3012")).isEmpty();
	}

	@Test
	void luhnFailuresAndUnissuedPrefixesAreRejected() {
		assertThat(scan("card 4414852538885390")).isEmpty();
		assertThat(scan("card 7336338750047437")).isEmpty();
		assertThat(scan("card 2100957551313733")).isEmpty();
		assertThat(scan("card 5653799075116372")).isEmpty();
	}

	@Test
	void wrongLengthForIssuerIsRejected() {
		// a Luhn-valid 15-digit number with a Visa prefix: Visa issues 13, 16 and 19
		// digits only
		String visa15 = "411111111111116";
		assertThat(Checksums.luhn(visa15)).isTrue();
		assertThat(scan("card " + visa15)).isEmpty();
	}

	@Test
	void repeatedDigitsAreRejected() {
		assertThat(scan("card 0000000000000000 and 4444444444444444")).isEmpty();
	}

	@Test
	void testNumbersOnlyWithCardContext() {
		assertThat(scan("use 4111111111111111 in the sandbox")).isEmpty();
		assertThat(scan("order 4242 4242 4242 4242")).isEmpty();
		assertThat(scan("credit card number: 4111 1111 1111 1111")).singleElement()
			.satisfies((finding) -> assertThat(finding.confidence()).isLessThan(0.7));
	}

	@Test
	void longerDigitRunsAreNotCutIntoCards() {
		assertThat(scan("4526018159083012345678901")).isEmpty();
		assertThat(scan("4526 0181 5908 3012 3456")).isEmpty();
	}

}
