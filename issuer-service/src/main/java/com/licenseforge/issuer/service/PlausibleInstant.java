package com.licenseforge.issuer.service;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

/**
 * An instant a license date can sensibly have: Jackson reads years up to a billion, PostgreSQL stores far fewer
 * and the tokens carry them as seconds, so anything outside 1970 to 9999 is refused as input.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleInstant.Check.class)
public @interface PlausibleInstant {

    Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    String message() default "must be between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlausibleInstant, Instant> {
        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(EARLIEST) && !value.isAfter(LATEST);
        }
    }
}
