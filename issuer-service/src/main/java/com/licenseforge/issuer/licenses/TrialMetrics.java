package com.licenseforge.issuer.licenses;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code licenseforge_trials_total{product,outcome}} for what the issuer decides about trials: {@code converted}
 * and {@code ended}. Activation-service counts the same metric for starts and refusals, where they happen.
 */
@ApplicationScoped
public class TrialMetrics {

    private final MeterRegistry registry;

    public TrialMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(String productCode, String outcome) {
        registry.counter("licenseforge.trials", "product", productCode, "outcome", outcome).increment();
    }
}
