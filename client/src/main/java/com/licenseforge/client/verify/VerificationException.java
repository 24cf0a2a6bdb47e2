package com.licenseforge.client.verify;

/** A license file or token that is not accepted locally, and why ({@link #failure()}). */
public final class VerificationException extends RuntimeException {

    private final VerificationFailure failure;

    /** A refusal for {@code failure}, explained by {@code message} (never a secret). */
    public VerificationException(VerificationFailure failure, String message) {
        super(failure + ": " + message);
        this.failure = failure;
    }

    /** Why the token or file was not accepted. */
    public VerificationFailure failure() {
        return failure;
    }
}
