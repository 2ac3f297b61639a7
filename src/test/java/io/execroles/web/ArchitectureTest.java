package io.execroles.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Package by feature, arrows one way. The features read the {@code content} snapshot and
 * use {@code web}, what every page shares; {@code content} knows neither, and {@code web}
 * uses no feature: where it needs something of one (the error page's links, the roles'
 * colours), it declares an interface the feature implements. Only {@code content} touches
 * the database.
 */
class ArchitectureTest {

	static final String[] FEATURES = { "io.execroles.role..", "io.execroles.comparison..", "io.execroles.source..",
			"io.execroles.search..", "io.execroles.home..", "io.execroles.preview..", "io.execroles.about.." };

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
			.resideInAnyPackage(FEATURES)
			.check(CLASSES);
	}

	@Test
	void theContentDependsOnNoFeatureAndNotOnTheWebLayer() {
		noClasses().that()
			.resideInAPackage("io.execroles.content..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FEATURES)
			.orShould()
			.dependOnClassesThat()
			.resideInAPackage("io.execroles.web..")
			.check(CLASSES);
	}

	@Test
	void onlyTheContentTouchesTheDatabase() {
		noClasses().that()
			.resideOutsideOfPackage("io.execroles.content..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.persistence..", "org.springframework.data..", "org.springframework.jdbc..",
					"org.hibernate..", "java.sql..", "javax.sql..", "org.flywaydb..")
			.check(CLASSES);
	}

	/**
	 * The container is used through its documented parts: connector attributes, valves,
	 * the servlet API. Never its buffers, its request internals or casts to its classes.
	 */
	@Test
	void nothingReachesIntoTheContainersInternals() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.apache.coyote..", "org.apache.tomcat.util.buf..", "org.apache.tomcat.util.http..",
					"org.apache.catalina.core..", "org.apache.catalina.connector.CoyoteAdapter")
			.check(CLASSES);
	}

	@Test
	void featuresDoNotDependOnEachOtherInCircles() {
		slices().matching("io.execroles.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

}
