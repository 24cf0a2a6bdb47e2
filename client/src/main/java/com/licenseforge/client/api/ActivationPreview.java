package com.licenseforge.client.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an activation would find, without changing anything: the license, the organization, the binding, the
 * slots in use and whether it would succeed; when not, {@code refusal} is what it would be refused with.
 */
public record ActivationPreview(String serial, String product, String productName, String accountName,
                                Organization organization, Binding existingBinding, int activationsUsed,
                                int maxActivations, List<Warning> warnings, boolean wouldSucceed, String detail,
                                Refusal refusal) {

    /** An organization by id and name. */
    public record Organization(UUID id, String name) {
    }

    /** The organization the license is bound to since its first activation (null before). */
    public record Binding(UUID organizationId, String organizationName, Instant boundAt) {
    }

    /** Something to know that does not stop the activation. */
    public record Warning(String code, String detail) {
    }
}
