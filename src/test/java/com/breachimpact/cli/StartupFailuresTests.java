package com.breachimpact.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import com.breachimpact.persons.CombinationRules;
import com.breachimpact.persons.RulesFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.BeanCreationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StartupFailuresTests {

	@TempDir
	Path dir;

	@Test
	void aMalformedRulesFileIsInvalidInputNamingTheLine() throws Exception {
		// given: the notification rules bean failing on a bad element at line 4
		Path rules = Files.writeString(this.dir.resolve("rules.yml"), """
				rules:
				  - id: x
				    citation: c
				    requires: [name, passport]
				""");
		RulesFileException failure = catchThrowableOfType(RulesFileException.class, () -> CombinationRules.load(rules));
		// when
		CommandException described = StartupFailures
			.describe(new BeanCreationException("obligationCalculator", "failed", failure));
		// then
		assertThat(described.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
		assertThat(described.getMessage()).startsWith("Notification rules: " + rules + ", line 4: ")
			.contains("passport")
			.doesNotContain("\n");
	}

}
