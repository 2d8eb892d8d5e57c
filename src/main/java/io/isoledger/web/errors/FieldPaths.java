package io.isoledger.web.errors;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The names a problem's {@code errors[].field} gives a malformed field, as the client knows it. */
final class FieldPaths {

    /** The write headers travel in a bean parameter: the client knows them by their header names. */
    private static final Map<String, String> WRITE_HEADERS =
            Map.of("idempotencyKey", "Idempotency-Key", "correlationId", "X-Correlation-Id");

    /** The bean parameters the resources take: {@code PatientWrite context}, {@code PatientPath patient}. */
    private static final Set<String> BEAN_PARAMETERS = Set.of("context", "patient");

    private FieldPaths() {}

    /** The JSON path of a body field ({@code results[0].unit}) or the name of a path parameter. */
    static String of(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable() && !names.isEmpty() && node.getIndex() != null) {
                names.add(names.remove(names.size() - 1) + "[" + node.getIndex() + "]");
            }
            switch (node.getKind()) {
                case PARAMETER -> {
                    names.clear();
                    names.add(node.getName());
                }
                case PROPERTY, BEAN -> {
                    if (node.getName() != null) {
                        names.add(node.getName());
                    }
                }
                default -> {}
            }
        }
        // A body parameter's own name says nothing to the client; its fields do. The path's patient id
        // and the write headers travel in bean parameters: the client knows them by the path
        // parameter's and the headers' names.
        if (names.size() > 1 && names.get(0).equals("body")) {
            names.remove(0);
        } else if (names.size() == 2 && BEAN_PARAMETERS.contains(names.get(0))) {
            return WRITE_HEADERS.getOrDefault(names.get(1), names.get(1));
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    static String of(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
