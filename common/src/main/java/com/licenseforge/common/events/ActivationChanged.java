package com.licenseforge.common.events;

import java.util.UUID;

/** Payload of {@code activation.*} events. {@code fingerprint} is the hash, as in the activation token. */
public record ActivationChanged(
        UUID activationId,
        UUID licenseId,
        String serial,
        UUID organizationId,
        String fingerprint,
        String productVersion,
        String status) implements EventPayload {
}
