package com.licenseforge.activation.validation;

import com.licenseforge.common.format.Fingerprint;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/**
 * A machine asking whether it may go on running; {@code productVersion} is the version it runs, when given. It
 * proves it holds the activation with the activation {@code token} it last received (or, when that lapsed or
 * was lost, the {@code cdKey}); only a proven request gets a refreshed token and the whole verdict.
 */
public record ValidationRequest(
        @NotBlank @Size(max = 40) String serial,
        @NotBlank @Schema(minLength = Fingerprint.MIN_LENGTH, maxLength = Fingerprint.MAX_LENGTH) String fingerprint,
        @Size(min = 1, max = 40) String productVersion,
        @Schema(description = "The activation token the machine last received; proves the machine, earns a "
                + "refreshed token. Without token or cdKey only a live activation of this machine is told.")
        @Size(min = 1, max = 8192) String token,
        @Schema(description = "The CD key, for a machine whose activation token lapsed or was lost.")
        @Size(min = 1, max = 60) String cdKey) {

    /** Not a bean getter: an {@code isX} method would be published as a request member the server refuses. */
    boolean provesTheMachine() {
        return token != null || cdKey != null;
    }
}
