package se.precheck.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Data flows one way: the engine and the policy know nothing of HTTP, tokens, Graph or statistics. */
@AnalyzeClasses(packages = "se.precheck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engine_does_not_depend_on_the_edges = noClasses()
            .that().resideInAnyPackage("se.precheck.detect..", "se.precheck.redact..", "se.precheck.policy..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "se.precheck.web..", "se.precheck.auth..", "se.precheck.graph..", "se.precheck.stats..",
                    "se.precheck.cli..", "io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..");

    @ArchTest
    static final ArchRule policy_does_not_depend_on_the_engine = noClasses()
            .that().resideInAPackage("se.precheck.policy..")
            .should().dependOnClassesThat().resideInAnyPackage("se.precheck.detect..", "se.precheck.redact..");

    @ArchTest
    static final ArchRule engine_does_not_log = noClasses()
            .that().resideInAnyPackage("se.precheck.detect..", "se.precheck.redact..")
            .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "ch.qos.logback..", "java.util.logging..");
}
