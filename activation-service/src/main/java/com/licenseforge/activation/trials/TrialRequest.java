package com.licenseforge.activation.trials;

import com.licenseforge.activation.machines.ActivationRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * What a product's installer sends to start a trial: no credentials, the prospect's organization and contact
 * e-mail, and the machine as an activation describes it.
 */
public record TrialRequest(
        @NotBlank @Size(max = 100) String productCode,
        @NotBlank @Size(max = 40) String productVersion,
        @NotBlank @Size(max = 200) @Pattern(regexp = ActivationRequest.NO_CONTROL_CHARACTERS, message = "must not contain control characters")
        String organizationName,
        @NotBlank @Size(max = ContactEmail.MAX_LENGTH) String contactEmail,
        @NotBlank String fingerprint,
        @Size(max = 20) Map<@NotBlank @Size(max = 40) String, @NotNull @Size(max = 200) String> components,
        @Size(max = 255) @Pattern(regexp = ActivationRequest.NO_CONTROL_CHARACTERS, message = "must not contain control characters")
        String hostname) {
}
