package com.licenseforge.activation.leases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A machine taking its floating lease out for offline use until {@code until}, proven by its activation token. */
public record BorrowRequest(
        @Schema(description = "The activation token the machine last received")
        @NotBlank @Size(max = 8192) String token,
        @Schema(description = "Until when the machine runs offline; at most the license's maxBorrow from now")
        @NotNull Instant until) {
}
