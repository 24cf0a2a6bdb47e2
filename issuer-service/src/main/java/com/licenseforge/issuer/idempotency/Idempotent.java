package com.licenseforge.issuer.idempotency;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A staff write that a client may safely repeat with the same {@code Idempotency-Key} header. Only for resource
 * methods returning {@code Response} or {@code RestResponse}: a replay answers with the first status, body and
 * {@code Location} and the header {@code Idempotent-Replayed}, which a plain entity cannot carry.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
}
