package com.licenseforge.common.events;

import java.util.Map;

/**
 * {@code product.trial-policy-changed}: whether prospects may start a trial of the product, for how many days,
 * and the modules (with seats) and activations a trial license gets.
 */
public record TrialPolicyChanged(
        String productCode,
        boolean enabled,
        int durationDays,
        Map<String, Integer> modules,
        int maxActivations) implements EventPayload {
}
