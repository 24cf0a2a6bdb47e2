package com.licenseforge.activation.machines;

import com.licenseforge.activation.answers.CustomerInput;
import com.licenseforge.activation.credentials.Credential;
import com.licenseforge.common.format.Fingerprint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;
import java.util.UUID;

/**
 * What a customer system sends to activate (or preview activating) a serial on a machine. {@code components}
 * are the hardware parts the fingerprint was derived from (cpu, board, disk, mac, ...), kept for support.
 */
public record ActivationRequest(
        @NotBlank @Size(max = 40) String serial,
        @NotBlank @Size(max = 60) String cdKey,
        @NotNull UUID organizationId,
        @NotBlank @Size(max = 100) String productCode,
        @NotBlank @Size(max = 40) String productVersion,
        @NotBlank @Schema(minLength = Fingerprint.MIN_LENGTH, maxLength = Fingerprint.MAX_LENGTH) String fingerprint,
        @Size(max = 20) Map<@NotBlank @Size(max = 40) String, @NotNull @Size(max = 200) String> components,
        @Size(max = 255) @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "must not contain control characters")
        String hostname) {

    /** Written in the regex dialect Java and ECMA-262 (JSON Schema's, so every client generator's) share. */
    public static final String NO_CONTROL_CHARACTERS = "[^\\x00-\\x1F\\x7F]*";

    /** The intent with the serial in canonical form and the fingerprint hashed; malformed input is refused. */
    public ActivationIntent intent() {
        return new ActivationIntent(CustomerInput.serial(serial), new Credential.Key(cdKey), organizationId,
                productCode, productVersion.strip(), CustomerInput.fingerprintHash("fingerprint", fingerprint),
                components, hostname);
    }
}
