package io.isoledger.labs;

import io.isoledger.units.LabUnits;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** R9: a result's unit is one its analyte is accepted in; the violation names the unit and the accepted ones. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptedUnit.Validator.class)
@interface AcceptedUnit {

    String message() default "is not a unit accepted for the analyte";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks one result. */
    class Validator implements ConstraintValidator<AcceptedUnit, RecordBloodTestRequest.Result> {

        @Override
        public boolean isValid(RecordBloodTestRequest.Result result, ConstraintValidatorContext context) {
            if (result == null || result.analyte() == null || result.unit() == null) {
                return true; // @NotNull names those
            }
            if (LabUnits.recognise(result.analyte(), result.unit()).isPresent()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("is not a unit accepted for " + result.analyte()
                            + "; accepted: " + LabUnits.describeAccepted(result.analyte()))
                    .addPropertyNode("unit")
                    .addConstraintViolation();
            return false;
        }
    }
}
