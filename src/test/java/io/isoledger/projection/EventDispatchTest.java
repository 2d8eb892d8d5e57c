package io.isoledger.projection;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.InstanceofCheck;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.PatientEnrolled;
import org.junit.jupiter.api.Test;

/**
 * Every reader of the events decides per event type through {@link Event.Visitor}, whose every type
 * the compiler asks for, or {@link EventHandlers}, whose every type {@code EventReadersTest} asks for:
 * a new type then fails the build until each read model, the analytics feed and the FHIR export have
 * decided. This keeps the one way around it,
 * testing an event's type with {@code instanceof}, out of the production code.
 */
class EventDispatchTest {

    private static final ArchRule NO_CLASS_TESTS_THE_TYPE_OF_AN_EVENT = classes()
            .should(notTestTheTypeOfAnEvent())
            .because("an instanceof chain compiles with a new event type and silently skips it");

    @Test
    void noProductionClass_testsTheTypeOfAnEvent() {
        NO_CLASS_TESTS_THE_TYPE_OF_AN_EVENT.check(new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("io.isoledger"));
    }

    @Test
    void anInstanceofOverEvents_isCaught() {
        assertThatThrownBy(() -> NO_CLASS_TESTS_THE_TYPE_OF_AN_EVENT.check(
                        new ClassFileImporter().importClasses(InstanceofChain.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("InstanceofChain.kind(")
                .hasMessageContaining("PatientEnrolled");
    }

    /** What the rule keeps out. */
    static final class InstanceofChain {

        static String kind(Event event) {
            return event instanceof PatientEnrolled ? "enrolment" : "something else";
        }
    }

    private static ArchCondition<JavaClass> notTestTheTypeOfAnEvent() {
        return new ArchCondition<>("not test the type of an event with instanceof") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (InstanceofCheck check : javaClass.getInstanceofChecks()) {
                    if (check.getRawType().isAssignableTo(Event.class)) {
                        String message = check.getOwner().getFullName() + " tests whether an event is a "
                                + check.getRawType().getSimpleName() + " in " + check.getSourceCodeLocation();
                        events.add(SimpleConditionEvent.violated(check, message));
                    }
                }
            }
        };
    }
}
