package com.licenseforge.portal.api;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The issuer's customer sign-in: mailed links, serial and CD key, and the renewal of a customer token. */
@ApplicationScoped
public class SignInApi {

    /** A customer token and what it reaches: an account (link sign-in) or one license (serial and CD key). */
    public record SignedIn(String token, Instant expiresAt, Instant sessionEndsAt, String actor, UUID accountId,
                           UUID licenseId) {
    }

    private final ServiceCalls calls;

    SignInApi(ServiceCalls calls) {
        this.calls = calls;
    }

    public void requestLink(String email, String browserBinding) {
        calls.post(Service.ISSUER, "/api/v1/customer/signin-links", Map.of("email", email, "browserBinding", browserBinding), null);
    }

    public SignedIn redeemLink(String code, String browserBindingSecret) {
        return signedIn(calls.post(Service.ISSUER, "/api/v1/customer/sessions",
                Map.of("code", code, "browserBindingSecret", browserBindingSecret), null));
    }

    public SignedIn withSerial(String serial, String cdKey) {
        return signedIn(calls.post(Service.ISSUER, "/api/v1/customer/sessions", Map.of("serial", serial, "cdKey", cdKey), null));
    }

    public SignedIn renew(String token) {
        return signedIn(calls.post(Service.ISSUER, "/api/v1/customer/sessions/renewals", Map.of(), token));
    }

    private SignedIn signedIn(ServiceCalls.Answer answer) {
        return calls.read(answer.body(), SignedIn.class);
    }
}
