package com.licenseforge.issuer.vocabulary;

import com.licenseforge.common.license.LicenseModel;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;

/**
 * A floating license's duration in its allowed range: a heartbeat interval from PT1M to P1D, or the longest
 * borrow from the heartbeat minimum to P90D. Absent is allowed (the default then applies).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LeaseDuration.Check.class)
public @interface LeaseDuration {

    Kind value();

    String message() default "must be an ISO-8601 duration in the allowed range";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Kind {
        HEARTBEAT_INTERVAL(LicenseModel.MIN_HEARTBEAT_INTERVAL, LicenseModel.MAX_HEARTBEAT_INTERVAL),
        MAX_BORROW(LicenseModel.MIN_HEARTBEAT_INTERVAL, LicenseModel.LONGEST_MAX_BORROW);

        final Duration min;
        final Duration max;

        Kind(Duration min, Duration max) {
            this.min = min;
            this.max = max;
        }
    }

    class Check implements ConstraintValidator<LeaseDuration, Duration> {

        private Kind kind;

        @Override
        public void initialize(LeaseDuration annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(Duration value, ConstraintValidatorContext context) {
            if (value == null || value.compareTo(kind.min) >= 0 && value.compareTo(kind.max) <= 0) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be from " + kind.min + " to " + kind.max)
                    .addConstraintViolation();
            return false;
        }
    }
}
