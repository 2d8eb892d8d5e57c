package io.isoledger.medications;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A medication is not stopped before it started; the violation names {@code stoppedOn}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StopsAfterItStarts.Validator.class)
@interface StopsAfterItStarts {

    String message() default "must not be before startedOn";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks one request. */
    class Validator implements ConstraintValidator<StopsAfterItStarts, RecordMedicationRequest> {

        @Override
        public boolean isValid(RecordMedicationRequest request, ConstraintValidatorContext context) {
            if (request == null
                    || request.stoppedOn() == null
                    || request.startedOn() == null
                    || !request.stoppedOn().isBefore(request.startedOn())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("stoppedOn")
                    .addConstraintViolation();
            return false;
        }
    }
}
