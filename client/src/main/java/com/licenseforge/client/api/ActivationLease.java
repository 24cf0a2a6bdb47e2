package com.licenseforge.client.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A machine's activation and its lease: the signed activation token, good until {@code expiresAt}.
 *
 * @param created        false when the machine was already activated (the same activation is answered again)
 * @param leaseExpiresAt a floating license's machine: its slot is held until then unless it validates (or, when
 *                       borrowed, until the borrow ends); null for a node-locked license
 */
public record ActivationLease(UUID activationId, String token, Instant expiresAt, boolean created,
                              Instant leaseExpiresAt) {
}
