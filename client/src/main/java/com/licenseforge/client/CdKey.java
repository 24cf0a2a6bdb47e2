package com.licenseforge.client;

import java.util.Objects;

/**
 * A CD key as the customer typed it in. It is a secret: {@link #toString()} never shows it, so it cannot end
 * up in a log line or an exception message by accident. The library sends it only in request bodies and the
 * {@code X-CD-Key} header, and never writes it to a file (offline requests carry a proof of it instead).
 */
public final class CdKey {

    private final String value;

    private CdKey(String value) {
        this.value = value;
    }

    /**
     * The key in any form a person types it (case, hyphens and spaces do not matter).
     *
     * @throws IllegalArgumentException when {@code typed} cannot be a CD key (the message does not repeat it)
     */
    public static CdKey of(String typed) {
        Objects.requireNonNull(typed, "cdKey");
        if (com.licenseforge.format.CdKey.canonical(typed).isEmpty()) {
            throw new IllegalArgumentException("not a well-formed CD key (25 characters of 0-9 and A-Z without I, L, O, U)");
        }
        return new CdKey(typed.strip());
    }

    /** The key itself, for the request that needs it. Do not log it. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "CdKey[hidden]";
    }
}
