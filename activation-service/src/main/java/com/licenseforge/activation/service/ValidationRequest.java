package com.licenseforge.activation.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A machine asking whether it may go on running; {@code productVersion} is the version it runs, when given. It
 * proves it holds the activation with the activation {@code token} it last received (or, when that lapsed or
 * was lost, the {@code cdKey}); only a proven request gets a refreshed token and the whole verdict.
 */
public record ValidationRequest(
        @NotBlank @Size(max = 40) String serial,
        @NotBlank String fingerprint,
        @Size(min = 1, max = 40) String productVersion,
        @Size(min = 1, max = 8192) String token,
        @Size(min = 1, max = 60) String cdKey) {

    boolean isProven() {
        return token != null || cdKey != null;
    }
}
