package io.isoledger.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;
import java.util.HashSet;

/** A list whose items are all different, as JSON Schema's uniqueItems. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UniqueItems.Validator.class)
public @interface UniqueItems {

    String message() default "must not repeat an item";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks one collection. */
    class Validator implements ConstraintValidator<UniqueItems, Collection<?>> {

        @Override
        public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
            return value == null || new HashSet<>(value).size() == value.size();
        }
    }
}
