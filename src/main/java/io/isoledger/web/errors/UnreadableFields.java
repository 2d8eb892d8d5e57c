package io.isoledger.web.errors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a problem says about a body field the JSON reader could not read: a field the request does
 * not take, a value outside an enumeration (naming the values it takes), or a value of the wrong type.
 */
final class UnreadableFields {

    static final String WRONG_TYPE = "has the wrong type or format";

    private UnreadableFields() {}

    static String reason(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof MismatchedInputException mismatch
                && mismatch.getTargetType() != null
                && mismatch.getTargetType().isEnum()) {
            return "must be one of " + values(mismatch.getTargetType());
        }
        return WRONG_TYPE;
    }

    /** The constants by name, in declaration order: the API reads and writes enums by name. */
    private static String values(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name())
                .collect(Collectors.joining(", "));
    }
}
