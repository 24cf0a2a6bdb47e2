package com.licenseforge.activation.machines;

import com.licenseforge.common.format.Fingerprint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** A machine whose hardware changed asks to keep its activation under its new fingerprint. */
public record ReregistrationRequest(
        @NotBlank @Size(max = 60) String cdKey,
        @NotBlank @Schema(minLength = Fingerprint.MIN_LENGTH, maxLength = Fingerprint.MAX_LENGTH) String newFingerprint,
        @Size(max = 20) Map<@NotBlank @Size(max = 40) String, @NotNull @Size(max = 200) String> components) {
}
