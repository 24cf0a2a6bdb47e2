package com.licenseforge.activation.credentials;

/** How a request proves it may use a license: online the CD key itself, offline a proof computed from it. */
public sealed interface Credential {

    /** The CD key as the customer typed it. */
    record Key(String cdKey) implements Credential {
    }

    /** An offline request's proof over its canonical form (see {@code OfflineProof}). */
    record Proof(String canonicalRequest, String proof) implements Credential {
    }
}
