package io.isoledger.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Two dates of a request record that must not be out of order (a stop before its start, a
 * confirmation before the start it confirms); the violation names the later field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DatesInOrder.Validator.class)
public @interface DatesInOrder {

    String message() default "must not be before {earlier}";

    /** The record component that comes first. */
    String earlier();

    /** The record component that must be on or after it. */
    String later();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks one request record. */
    class Validator implements ConstraintValidator<DatesInOrder, Record> {

        private String earlier;
        private String later;

        @Override
        public void initialize(DatesInOrder annotation) {
            earlier = annotation.earlier();
            later = annotation.later();
        }

        @Override
        public boolean isValid(Record request, ConstraintValidatorContext context) {
            if (request == null) {
                return true;
            }
            LocalDate first = date(request, earlier);
            LocalDate second = date(request, later);
            if (first == null || second == null || !second.isBefore(first)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(later)
                    .addConstraintViolation();
            return false;
        }

        private static LocalDate date(Record request, String component) {
            RecordComponent accessor = Arrays.stream(request.getClass().getRecordComponents())
                    .filter(c -> c.getName().equals(component))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            request.getClass().getSimpleName() + " has no date " + component));
            try {
                return (LocalDate) accessor.getAccessor().invoke(request);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
