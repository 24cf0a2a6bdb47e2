package com.licenseforge.activation.credentials;

/** How a request proves it may use a license: online the CD key itself, offline a proof computed from it. */
public sealed interface Credential {

    /** The CD key as the customer typed it. */
    record Key(String cdKey) implements Credential {
    }

    /** An offline request's signature over its canonical form, by the key derived from the CD key (v2, {@code OfflineKey}). */
    record Signature(String canonicalRequest, String signature) implements Credential {
    }

    /** An offline request of the previous format: an HMAC over its canonical form under the verifier (v1, {@code OfflineProof}). */
    record Proof(String canonicalRequest, String proof) implements Credential {
    }
}
