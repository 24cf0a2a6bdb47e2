package com.licenseforge.common.customer;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A customer endpoint: refused with 401 {@code UNAUTHENTICATED} before anything else runs unless the request
 * carries a valid customer token; the resource reads the scope from {@link CurrentCustomer}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CustomerAuthenticated {
}
