package com.licenseforge.issuer.vocabulary;

import com.licenseforge.common.json.StorableInstant;
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
 * An instant a license date can sensibly have: the range every service accepts ({@link StorableInstant}),
 * checked again on values that were computed rather than read.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleInstant.Check.class)
public @interface PlausibleInstant {

    Instant EARLIEST = StorableInstant.EARLIEST;
    Instant LATEST = StorableInstant.LATEST;

    String message() default StorableInstant.RANGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlausibleInstant, Instant> {
        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return StorableInstant.isStorable(value);
        }
    }
}
