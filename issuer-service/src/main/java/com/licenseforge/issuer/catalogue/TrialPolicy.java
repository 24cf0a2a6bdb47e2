package com.licenseforge.issuer.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.Map;

/**
 * What a trial of a product grants: {@code durationDays} of the {@code modules} (with seats) on up to
 * {@code maxActivations} machines; prospects may start one only while {@code enabled}.
 */
public record TrialPolicy(
        @NotNull Boolean enabled,
        @NotNull @Min(1) @Max(365) Integer durationDays,
        @NotEmpty Map<@NotBlank String, @NotNull @Min(1) @Max(1_000_000) Integer> modules,
        @NotNull @Min(1) @Max(100) Integer maxActivations) {

    /** The product's policy; a product sales never set one for has trials off. */
    public static TrialPolicy of(Product product) {
        return new TrialPolicy(product.trialEnabled, product.trialDurationDays, product.trialModules,
                product.trialMaxActivations);
    }
}
