package io.isoledger.domain.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every permitted {@link Command} type reaches its own {@link Command.Handler} method, and only that one. */
class CommandRoutesTest {

    @Test
    void everyPermittedTypeHasItsRoute() {
        assertThat(Arrays.stream(Command.class.getPermittedSubclasses()).filter(type -> !CommandRoutes.routes(type)))
                .as("Command types without an entry in CommandRoutes")
                .isEmpty();
    }

    @Test
    void thereIsOneHandlerMethodPerPermittedType() {
        assertThat(Command.Handler.class.getDeclaredMethods()).hasSameSizeAs(Command.class.getPermittedSubclasses());
        for (Class<?> type : Command.class.getPermittedSubclasses()) {
            assertThat(Arrays.stream(Command.Handler.class.getDeclaredMethods())
                            .filter(method -> method.getParameterCount() == 1 && method.getParameterTypes()[0] == type))
                    .as("the Handler method for %s", type.getSimpleName())
                    .hasSize(1);
        }
    }

    @Test
    void acceptCallsTheMethodOfTheValuesOwnType() throws Exception {
        @SuppressWarnings("unchecked")
        Command.Handler<Method> called = (Command.Handler<Method>) Proxy.newProxyInstance(
                Command.Handler.class.getClassLoader(),
                new Class<?>[] {Command.Handler.class},
                (proxy, method, args) -> method);
        for (Class<?> type : Command.class.getPermittedSubclasses()) {
            Method method = valueOf(type).accept(called);
            assertThat(method.getParameterTypes()).as(type.getSimpleName()).containsExactly(type);
        }
    }

    /** An instance of a record type with every component at its type's default (null, 0, false). */
    private static Command valueOf(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(types).map(CommandRoutesTest::defaultOf).toArray();
        return (Command) type.getDeclaredConstructor(types).newInstance(values);
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
