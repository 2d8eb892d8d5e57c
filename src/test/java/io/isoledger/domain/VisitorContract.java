package io.isoledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.function.BiFunction;

/**
 * What a sealed type of records and its visitor promise each other: one visitor method per permitted
 * type, and {@code accept} calling exactly the method of the value's own type.
 */
public final class VisitorContract {

    private VisitorContract() {}

    /**
     * @param accept calls {@code value.accept(visitor)}: the visitor given answers with the method it
     *     was called by
     */
    public static <T, V> void check(Class<T> sealed, Class<V> visitor, BiFunction<T, V, Object> accept)
            throws Exception {
        Class<?>[] types = sealed.getPermittedSubclasses();
        assertThat(visitor.getDeclaredMethods()).as("one method per type").hasSameSizeAs(types);
        V answersWithItsMethod = visitor.cast(Proxy.newProxyInstance(
                visitor.getClassLoader(), new Class<?>[] {visitor}, (proxy, method, args) -> method));
        for (Class<?> type : types) {
            Method called = (Method) accept.apply(sealed.cast(valueOf(type)), answersWithItsMethod);
            assertThat(called.getParameterTypes()).as(type.getSimpleName()).containsExactly(type);
        }
    }

    /** An instance of a record type with every component at its type's default (null, 0, false). */
    private static Object valueOf(Class<?> type) throws Exception {
        Class<?>[] components = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(components)
                .map(component -> component.isPrimitive() ? Array.get(Array.newInstance(component, 1), 0) : null)
                .toArray();
        return type.getDeclaredConstructor(components).newInstance(values);
    }
}
