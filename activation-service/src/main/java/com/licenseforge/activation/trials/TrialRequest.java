package com.licenseforge.activation.trials;

import com.licenseforge.activation.machines.ActivationRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * What a product's installer sends to start a trial: no credentials, the prospect's organization and contact
 * e-mail with the language of the mail it receives, and the machine as an activation describes it.
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
        String hostname,
        @Pattern(regexp = TrialLanguage.PATTERN, message = "must be en, de or zh")
        @Schema(description = "The language of the prospect's trial mail; absent, the request's `Accept-Language` decides (English when it names none of them).",
                enumeration = {"en", "de", "zh"})
        String language) {
}
