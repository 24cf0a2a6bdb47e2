package com.licenseforge.activation.answers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a resource method whose answers {@link CustomerOutcomes} counts, and as what. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CountedOutcome {

    Kind value();

    enum Kind {
        /** {@code licenseforge.validations}, by the answer's code. */
        VALIDATION,
        /** {@code licenseforge.activations} of channel online: 201 is ACTIVATED, another 2xx ALREADY_ACTIVE. */
        ONLINE_ACTIVATION,
        /** {@code licenseforge.activations} of channel offline. */
        OFFLINE_ACTIVATION
    }
}
