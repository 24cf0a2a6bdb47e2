package com.licenseforge.common.events;

import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code activation.reassigned}: the license's binding moved from one organization to another
 * (of another account after a confirmed transfer), and the listed activations ended as {@code REASSIGNED}.
 */
public record LicenseReassigned(
        UUID licenseId,
        String serial,
        UUID fromOrganizationId,
        UUID toOrganizationId,
        UUID accountId,
        List<UUID> endedActivationIds,
        String reason) implements EventPayload {
}
