package com.licenseforge.client.verify;

/** The two signed tokens: the issuer's license token and the activation service's machine-bound activation token. */
public enum TokenKind {
    /** The entitlement, signed by the issuer ({@code typ} {@code license+jwt}); the downloadable license file. */
    LICENSE("license+jwt"),
    /** The entitlement bound to an organization and a machine with a lease, signed by the activation service. */
    ACTIVATION("activation+jwt");

    private final String type;

    TokenKind(String type) {
        this.type = type;
    }

    /** The JOSE {@code typ} header value. */
    public String type() {
        return type;
    }
}
