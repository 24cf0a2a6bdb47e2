package com.licenseforge.activation.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A machine asking whether it may go on running; {@code productVersion} is the version it runs, when given. */
public record ValidationRequest(
        @NotBlank @Size(max = 40) String serial,
        @NotBlank String fingerprint,
        @Size(min = 1, max = 40) String productVersion) {
}
