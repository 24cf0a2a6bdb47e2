package com.licenseforge.client.verify;

/** A license file or token that is not accepted locally, and why ({@link #failure()}). */
public final class VerificationException extends RuntimeException {

    private final VerificationFailure failure;

    public VerificationException(VerificationFailure failure, String message) {
        super(failure + ": " + message);
        this.failure = failure;
    }

    public VerificationFailure failure() {
        return failure;
    }
}
