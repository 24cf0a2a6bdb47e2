package com.licenseforge.common.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A trial as activation-service started it ({@code activation.trial-started}) and the issuer adopted it
 * ({@code license.trial-started}): the trial license with its own account and organization,
 * and the prospect's contact e-mail (as given; what mail is sent to) with the language of that mail ({@code en},
 * {@code de}, {@code zh}; absent in events of earlier releases, which mean {@code en}). {@code cdKeyHash} is the
 * keyed hash, never the key.
 */
public record TrialStarted(
        UUID licenseId,
        String serial,
        String cdKeyHash,
        String offlinePublicKey,
        String productCode,
        UUID accountId,
        UUID organizationId,
        String organizationName,
        String contactEmail,
        Map<String, Integer> modules,
        int maxActivations,
        Instant startedAt,
        Instant trialEndsAt,
        String billingRef,
        String language) implements EventPayload {
}
