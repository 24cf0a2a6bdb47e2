package com.licenseforge.client;

import java.util.function.Consumer;

/** Hears the outcome of each scheduled heartbeat; called on the heartbeat's own thread. */
public interface HeartbeatListener {

    /** The service answered: the status after its verdict (not licensed any more when it refused the machine). */
    void onStatus(LicenseStatus status);

    /**
     * The heartbeat failed: the service was unreachable ({@code UnreachableException}), refused the request
     * ({@code RefusedException}), or sent a lease that does not verify ({@code VerificationException}, e.g. signed
     * by a key that is not pinned yet). The last good lease still counts: {@code lastGood} says for how long.
     */
    default void onFailure(RuntimeException failure, LicenseStatus lastGood) {
    }

    /** A listener for answers only. */
    static HeartbeatListener onStatus(Consumer<LicenseStatus> onStatus) {
        return onStatus::accept;
    }
}
