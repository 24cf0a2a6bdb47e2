package com.licenseforge.activation.credentials;

/** How a request proves it may use a license: online the CD key itself, offline a proof computed from it. */
public sealed interface Credential {

    /** The CD key as the customer typed it. */
    record Key(String cdKey) implements Credential {
    }

    /** An offline request's signature over its canonical form, with the key derived from the CD key. */
    record Signature(String canonicalRequest, String signature) implements Credential {
    }

    /** A request of the previous offline format: its canonical form's HMAC under the verifier. */
    record Proof(String canonicalRequest, String proof) implements Credential {
    }
}
