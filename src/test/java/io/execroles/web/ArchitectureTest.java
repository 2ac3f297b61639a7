package io.execroles.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Package by feature, arrows one way: the features use {@code web}, and {@code web}, what
 * every page shares, uses no feature. Where it needs something of one (the error page's
 * links, the roles' colours), it declares an interface the feature implements.
 */
class ArchitectureTest {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		// Spring AOT's generated bean definitions (Foo__BeanDefinitions) wire everything
		// to
		// everything by design; the rules are about the code we write.
		.withImportOption(location -> !location.contains("__"))
		.importPackages("io.execroles");

	@Test
	void theSharedWebLayerDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("io.execroles.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.execroles.role..", "io.execroles.comparison..", "io.execroles.source..",
					"io.execroles.search..", "io.execroles.home..")
			.check(CLASSES);
	}

	@Test
	void featuresDoNotDependOnEachOtherInCircles() {
		slices().matching("io.execroles.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

}
