package com.breachimpact;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The feature packages under {@code com.breachimpact} depend on each other in one
 * direction only: no package reaches, through any chain of classes, back to itself.
 * (Compile-time constants are inlined by the compiler, so a use of one is not seen.)
 */
class PackageCycleTests {

	private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.breachimpact");

	@Test
	void featurePackagesAreFreeOfCycles() {
		slices().matching("com.breachimpact.(*)..").should().beFreeOfCycles().check(MAIN_CLASSES);
	}

}
