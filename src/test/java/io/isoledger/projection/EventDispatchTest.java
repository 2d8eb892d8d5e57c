package io.isoledger.projection;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.InstanceofCheck;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.isoledger.domain.event.Event;

/**
 * Every reader of the events decides per event type through {@link Event.Visitor} or {@link
 * EventHandlers}, whose every type the compiler asks for: a new type then fails the build until each
 * read model, the analytics feed and the FHIR export have decided. This keeps the one way around it,
 * testing an event's class, out of the production code.
 */
@AnalyzeClasses(packages = "io.isoledger", importOptions = ImportOption.DoNotIncludeTests.class)
class EventDispatchTest {

    @ArchTest
    static final ArchRule noClassTestsTheTypeOfAnEvent = classes()
            .should(notTestTheTypeOfAnEvent())
            .because("an instanceof chain compiles with a new event type and silently skips it");

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
