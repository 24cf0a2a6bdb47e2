package com.licenseforge.client.api;

/** A call to the activation service that did not succeed; see the two kinds below. */
public abstract sealed class LicenseApiException extends RuntimeException
        permits RefusedException, UnreachableException {

    private final String requestId;

    LicenseApiException(String message, String requestId, Throwable cause) {
        super(message, cause);
        this.requestId = requestId;
    }

    /** The {@code X-Request-Id} of the call, which support can find in the service's logs. */
    public String requestId() {
        return requestId;
    }
}
