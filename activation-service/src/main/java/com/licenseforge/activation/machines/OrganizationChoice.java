package com.licenseforge.activation.machines;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/** An organization a license may be activated into; {@code bound} when it holds the license's binding. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganizationChoice(UUID id, String name, String taxId, boolean bound) {
}
