package com.licenseforge.activation.machines;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a customer system sends to list the organizations it may activate its license into. */
public record OrganizationsRequest(
        @NotBlank @Size(max = 40) String serial,
        @NotBlank @Size(max = 60) String cdKey) {
}
