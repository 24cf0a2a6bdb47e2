package com.licenseforge.issuer.licenses;

import com.licenseforge.issuer.vocabulary.PlausibleInstant;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What sales sells a trial's prospect: the paid license's terms, for the trial's account unless {@code accountId}
 * names another; {@code expiresAt} absent means perpetual.
 */
public record TrialConversion(
        UUID accountId,
        @NotEmpty Map<@NotBlank String, @NotNull @Min(1) @Max(1_000_000) Integer> modules,
        @NotNull @Min(1) @Max(100_000) Integer maxActivations,
        @PlausibleInstant Instant expiresAt,
        @PlausibleInstant Instant maintenanceUntil,
        @Size(max = 120) @Pattern(regexp = "\\S(.*\\S)?", message = "must not have surrounding blanks") String billingRef) {
}
