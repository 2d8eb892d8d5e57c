package io.isoledger.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries the code keeps (README, layout), checked on the production classes. */
@AnalyzeClasses(packages = "io.isoledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "io.isoledger.domain..";

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
}
