package io.isoledger.domain;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** A policy with one value overridden, as one {@code isoledger.policy.*} setting does. */
final class Policies {

    private Policies() {}

    static Policy with(Policy base, String value, Object override) {
        RecordComponent[] components = Policy.class.getRecordComponents();
        if (Arrays.stream(components).noneMatch(c -> c.getName().equals(value))) {
            throw new IllegalArgumentException("Policy has no value " + value);
        }
        try {
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getName().equals(value)
                        ? override
                        : components[i].getAccessor().invoke(base);
            }
            Class<?>[] types =
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return Policy.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
