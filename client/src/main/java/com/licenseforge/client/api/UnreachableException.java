package com.licenseforge.client.api;

/**
 * No usable answer from the activation service, even after the retries: no connection, a timeout, a server
 * error or an answer that is not the API's. A program that holds a valid lease keeps running on it.
 */
public final class UnreachableException extends LicenseApiException {

    UnreachableException(String message, String requestId, Throwable cause) {
        super(message, requestId, cause);
    }
}
