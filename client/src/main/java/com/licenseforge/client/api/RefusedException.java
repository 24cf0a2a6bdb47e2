package com.licenseforge.client.api;

/**
 * The activation service answered with a problem: {@link #refusal()} says which, with its data. Retrying the
 * same request will not help (the library already retried what time could fix).
 */
public final class RefusedException extends LicenseApiException {

    private final int status;
    private final Refusal refusal;
    private final String detail;

    RefusedException(int status, Refusal refusal, String code, String detail, String requestId) {
        super(status + " " + code + (detail != null ? ": " + detail : ""), requestId, null);
        this.status = status;
        this.refusal = refusal;
        this.detail = detail;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The typed reason, with the data to act on. */
    public Refusal refusal() {
        return refusal;
    }

    /** The service's explanation for people. */
    public String detail() {
        return detail;
    }
}
