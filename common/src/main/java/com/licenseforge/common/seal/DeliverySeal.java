package com.licenseforge.common.seal;

import java.util.Optional;
import java.util.UUID;

/**
 * Seals what the issuer hands the notification service to deliver once (the CD key and the license file of a new
 * license), under a secret only those two services receive from their environment, so the topic, its copies and
 * the notification database hold no CD key in clear.
 */
public final class DeliverySeal {

    private final LicenseSeal seal;

    public DeliverySeal(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("the delivery seal secret must have at least 32 characters");
        }
        this.seal = new LicenseSeal("licenseforge delivery seal v1", secret);
    }

    /** {@code plain} sealed for {@code licenseId}. */
    public String seal(UUID licenseId, String plain) {
        return seal.seal(licenseId, plain);
    }

    /** The sealed text, or empty when {@code sealed} was not sealed for this license under this secret. */
    public Optional<String> open(UUID licenseId, String sealed) {
        return seal.open(licenseId, sealed);
    }
}
