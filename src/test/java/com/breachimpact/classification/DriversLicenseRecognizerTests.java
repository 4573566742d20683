package com.breachimpact.classification;

import java.util.ArrayList;
import java.util.List;

import com.breachimpact.protection.KeyedHasher;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DriversLicenseRecognizerTests {

	private final DriversLicenseRecognizer recognizer = new DriversLicenseRecognizer(
			new FindingEmitter(KeyedHasher.withKey(new byte[32]), FindingEmitter.DEFAULT_FLOOR));

	@Test
	void numbersNextToALabelAreFound() {
		assertThat(scan("Driver's License #: D123-4567-8901 exp 2029")).singleElement()
			.satisfies((finding) -> assertThat(finding.maskedValue()).endsWith("8901"));
		assertThat(scan("DL no. TX 12345678")).hasSize(1);
		assertThat(scan("State ID: 987654321")).hasSize(1);
	}

	@Test
	void bareNumbersAreNot() {
		assertThat(scan("Order D12345678 shipped; ref 987654321")).isEmpty();
		assertThat(scan("driver's license: none on file")).isEmpty();
	}

	@Test
	void namesAreFoldedForComparison() {
		assertThat(NameMasking.folded("Zoë Q. Smith")).isEqualTo(NameMasking.folded("ZOE SMITH"));
		assertThat(NameMasking.folded(NameMasking.firstLast("ÁLVAREZ, JOSÉ M."))).isEqualTo("JOSE ALVAREZ");
		assertThat(NameMasking.folded("Dr. John Smith Jr.")).isEqualTo("JOHN SMITH");
	}

	private List<SensitiveFinding> scan(String text) {
		List<SensitiveFinding> findings = new ArrayList<>();
		this.recognizer.scan(text, findings::add);
		return findings;
	}

}
