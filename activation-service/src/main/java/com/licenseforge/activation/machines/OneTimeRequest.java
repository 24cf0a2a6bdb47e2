package com.licenseforge.activation.machines;

import com.licenseforge.activation.readmodel.License;

import java.util.Optional;
import java.util.UUID;

/**
 * A request that may take effect once (an offline request file, known by its nonce). Asked under the license
 * row lock once the checks passed, so the answer is current and never tells a stranger anything.
 */
public interface OneTimeRequest {

    /** Requests sent online are made afresh each time. */
    OneTimeRequest NONE = new OneTimeRequest() {
        @Override
        public Optional<UUID> madeBefore(License license) {
            return Optional.empty();
        }

        @Override
        public void made(License license, Activation activation) {
        }
    };

    /** The activation this very request made when it was accepted before; empty when it is new. */
    Optional<UUID> madeBefore(License license);

    /** Records that the request was accepted and which activation it answers with. */
    void made(License license, Activation activation);
}
