package io.isoledger.eventlog;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A closed table of wire types; it refuses to start if a permitted subtype has no mapping. */
public final class WireTypes<T> {

    private final Map<Class<?>, WireType<T>> byJavaType;
    private final Map<String, WireType<T>> byCeType;

    @SafeVarargs
    public WireTypes(Class<T> sealedRoot, WireType<T>... types) {
        this.byJavaType = Arrays.stream(types).collect(Collectors.toMap(WireType::javaType, Function.identity()));
        this.byCeType = Arrays.stream(types).collect(Collectors.toMap(WireType::ceType, Function.identity()));
        List<String> unmapped = Arrays.stream(sealedRoot.getPermittedSubclasses())
                .filter(c -> !byJavaType.containsKey(c))
                .map(Class::getSimpleName)
                .toList();
        if (!unmapped.isEmpty()) {
            throw new IllegalStateException("No wire type for " + unmapped);
        }
    }

    public WireType<T> of(T value) {
        return byJavaType.get(value.getClass());
    }

    public Optional<WireType<T>> byCeType(String ceType) {
        return Optional.ofNullable(byCeType.get(ceType));
    }

    public List<WireType<T>> all() {
        return List.copyOf(byCeType.values());
    }
}
