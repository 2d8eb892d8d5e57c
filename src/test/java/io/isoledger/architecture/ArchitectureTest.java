package io.isoledger.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries the code keeps, checked on the production classes: the layers of
 * docs/architecture.md (features, then write, then web, then infrastructure, then the domain), where
 * the HTTP resources live, and the purity of the domain core.
 */
@AnalyzeClasses(packages = "io.isoledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "io.isoledger.domain..";

    /** One package per feature, at the top: each a resource, its requests and responses, its read model. */
    static final String[] FEATURES = packages(
            "patients",
            "labs",
            "prescribing",
            "sideeffects",
            "history",
            "pregnancyprevention",
            "medications",
            "procedures",
            "treatment",
            "alerts",
            "plans",
            "worklist",
            "analytics",
            "fhir",
            "admin",
            "devauth");

    /** What the features stand on: the event log, projection, shared read-model rows, feed, health, units, clock, config, tracing. */
    static final String[] INFRASTRUCTURE = packages(
            "eventlog",
            "decider",
            "projection",
            "readmodel",
            "analyticsfeed",
            "logging",
            "health",
            "devkafka",
            "units",
            "clock",
            "config",
            "tracing");

    @ArchTest
    static final ArchRule layersOnlyUseTheLayersBelow = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Features")
            .definedBy(FEATURES)
            .layer("Web")
            .definedBy("io.isoledger.web..")
            .layer("Write")
            .definedBy("io.isoledger.write..")
            .layer("Infrastructure")
            .definedBy(INFRASTRUCTURE)
            .layer("Domain")
            .definedBy(DOMAIN)
            .whereLayer("Features")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Features")
            .mayOnlyAccessLayers("Web", "Write", "Infrastructure", "Domain")
            .whereLayer("Web")
            .mayOnlyBeAccessedByLayers("Features", "Write")
            .whereLayer("Web")
            .mayOnlyAccessLayers("Infrastructure", "Domain")
            .whereLayer("Write")
            .mayOnlyBeAccessedByLayers("Features")
            .whereLayer("Write")
            .mayOnlyAccessLayers("Web", "Infrastructure", "Domain")
            .whereLayer("Infrastructure")
            .mayOnlyBeAccessedByLayers("Features", "Web", "Write")
            .whereLayer("Infrastructure")
            .mayOnlyAccessLayers("Domain")
            .whereLayer("Domain")
            .mayNotAccessAnyLayer()
            .because("features → web/write → infrastructure → domain: nothing imports upward (docs/architecture.md)");

    @ArchTest
    static final ArchRule resourcesLiveInFeatures = classes()
            .that()
            .haveSimpleNameEndingWith("Resource")
            .should()
            .resideInAnyPackage(FEATURES)
            .because("an endpoint belongs to the feature it serves; the layers below know no HTTP resource");

    @ArchTest
    static final ArchRule endpointsAreResources = classes()
            .that()
            .areAnnotatedWith("jakarta.ws.rs.Path")
            .should()
            .haveSimpleNameEndingWith("Resource")
            .because("a reader finds every endpoint by its name");

    @ArchTest
    static final ArchRule domainDependsOnlyOnTheJdkAndItself = classes()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", DOMAIN)
            .because("the domain core is pure: no Quarkus, Kafka, Jackson or JPA");

    @ArchTest
    static final ArchRule domainReadsNoClockAndMakesNoIds = noClasses()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .callMethodWhere(target(nameMatching("now|randomUUID|currentTimeMillis|nanoTime")))
            .because("time and ids come in on the command, so a decision can be replayed");

    @ArchTest
    static final ArchRule resourcesDoNotTalkToKafka = noClasses()
            .that()
            .haveSimpleNameEndingWith("Resource")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.kafka..")
            .because("resources map a request to a command and send it through the gateway");

    private static String[] packages(String... names) {
        String[] packages = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            packages[i] = "io.isoledger." + names[i] + "..";
        }
        return packages;
    }
}
