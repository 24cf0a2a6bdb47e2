package com.licenseforge.client.verify;

/** Why a license file, token or the kept license state was not accepted locally. */
public enum VerificationFailure {
    /** Not a license file or compact JWS, or a required claim is missing or malformed. */
    MALFORMED,
    /** Signed with an algorithm other than EdDSA (Ed25519). */
    ALGORITHM_NOT_ALLOWED,
    /** Not the expected kind of token ({@code typ}): a license token where an activation token belongs, or the reverse. */
    WRONG_TYPE,
    /** Signed by a key ({@code kid}) that is not pinned for that kind of token. */
    UNKNOWN_KEY,
    /** The signature does not verify: the token was changed or signed by another key under a pinned key's id. */
    BAD_SIGNATURE,
    /** The license or the lease has ended. */
    EXPIRED,
    /** The license has not started yet. */
    NOT_YET_VALID,
    /** The token is for another product. */
    PRODUCT_MISMATCH,
    /** The running version was released after maintenance ended. */
    VERSION_NOT_COVERED,
    /** The activation token is bound to another machine. */
    FINGERPRINT_MISMATCH,
    /** The module is not licensed at all. */
    MODULE_NOT_LICENSED,
    /** More users than the module's seats. */
    SEATS_EXCEEDED,
    /**
     * The clock is behind a time this installation has already seen (a token's issue time, the service's last
     * answer, an earlier run) by more than the tolerance: it was set back. Licensed again once it is set right.
     */
    CLOCK_TAMPERED,
    /** The kept license state was edited, or its high-water mark is missing or was edited. */
    STATE_TAMPERED,
    /**
     * The kept license state is an older copy than the last one saved, or a lease to import was issued before the
     * service last refused this machine (or it was deactivated).
     */
    STATE_ROLLED_BACK
}
