package com.licenseforge.activation.machines;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an activation would find and whether it would succeed; {@code code} is the refusal it would get.
 * {@code existingBinding} is null until the first activation binds the license to an organization.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivationPreview(
        String serial,
        String product,
        String productName,
        String accountName,
        OrganizationRef organization,
        @JsonInclude(JsonInclude.Include.ALWAYS) Binding existingBinding,
        int activationsUsed,
        int maxActivations,
        List<Warning> warnings,
        boolean wouldSucceed,
        String code,
        String detail,
        Map<String, Object> data) {

    public record OrganizationRef(UUID id, String name) {
    }

    public record Binding(UUID organizationId, String organizationName, Instant boundAt) {
    }

    /** Something to know before activating that does not stop it. */
    public record Warning(String code, String detail) {
    }
}
