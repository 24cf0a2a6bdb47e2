package com.licenseforge.issuer.licenses;

import com.licenseforge.common.license.LicenseModel;
import com.licenseforge.issuer.vocabulary.LeaseDuration;
import com.licenseforge.issuer.vocabulary.PlausibleInstant;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What sales asks for when issuing a license; {@code expiresAt} absent means perpetual. {@code model} absent is
 * node-locked; a floating license's {@code heartbeatInterval} and {@code maxBorrow} default to its product's.
 */
public record IssueLicense(
        @NotBlank String productCode,
        @NotNull UUID accountId,
        @Size(max = 60) String edition,
        @NotEmpty Map<@NotBlank String, @NotNull @Min(1) @Max(1_000_000) Integer> modules,
        @NotNull @Min(1) @Max(100_000) Integer maxActivations,
        @PlausibleInstant Instant startsAt,
        @PlausibleInstant Instant expiresAt,
        @PlausibleInstant Instant maintenanceUntil,
        @Size(max = 120) @Pattern(regexp = "\\S(.*\\S)?", message = "must not have surrounding blanks") String billingRef,
        @Schema(description = "NODE_LOCKED (default): machines hold slots while activated; FLOATING: machines hold slots on leases they renew by validating")
        LicenseModel model,
        @Schema(type = SchemaType.STRING, format = "duration", example = "PT10M",
                description = "FLOATING only: how often machines must validate to keep their lease, PT1M to P1D (absent: the product's)")
        @LeaseDuration(LeaseDuration.Kind.HEARTBEAT_INTERVAL) Duration heartbeatInterval,
        @Schema(type = SchemaType.STRING, format = "duration", example = "P7D",
                description = "FLOATING only: the longest a machine may borrow its lease for offline use, up to P90D (absent: the product's)")
        @LeaseDuration(LeaseDuration.Kind.MAX_BORROW) Duration maxBorrow) {

    /** The model asked for; absent is node-locked. */
    public LicenseModel modelOrDefault() {
        return LicenseModel.orDefault(model);
    }
}
