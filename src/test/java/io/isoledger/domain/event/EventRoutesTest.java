package io.isoledger.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every permitted {@link Event} type reaches its own {@link Event.Visitor} method, and only that one. */
class EventRoutesTest {

    @Test
    void everyPermittedTypeHasItsRoute() {
        assertThat(Arrays.stream(Event.class.getPermittedSubclasses()).filter(type -> !EventRoutes.routes(type)))
                .as("Event types without an entry in EventRoutes")
                .isEmpty();
    }

    @Test
    void thereIsOneVisitorMethodPerPermittedType() {
        assertThat(Event.Visitor.class.getDeclaredMethods()).hasSameSizeAs(Event.class.getPermittedSubclasses());
        for (Class<?> type : Event.class.getPermittedSubclasses()) {
            assertThat(Arrays.stream(Event.Visitor.class.getDeclaredMethods())
                            .filter(method -> method.getParameterCount() == 1 && method.getParameterTypes()[0] == type))
                    .as("the Visitor method for %s", type.getSimpleName())
                    .hasSize(1);
        }
    }

    @Test
    void acceptCallsTheMethodOfTheValuesOwnType() throws Exception {
        @SuppressWarnings("unchecked")
        Event.Visitor<Method> called = (Event.Visitor<Method>) Proxy.newProxyInstance(
                Event.Visitor.class.getClassLoader(),
                new Class<?>[] {Event.Visitor.class},
                (proxy, method, args) -> method);
        for (Class<?> type : Event.class.getPermittedSubclasses()) {
            Method method = valueOf(type).accept(called);
            assertThat(method.getParameterTypes()).as(type.getSimpleName()).containsExactly(type);
        }
    }

    /** An instance of a record type with every component at its type's default (null, 0, false). */
    private static Event valueOf(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(types).map(EventRoutesTest::defaultOf).toArray();
        return (Event) type.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object defaultOf(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        return type == boolean.class
                ? false
                : java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0);
    }
}
