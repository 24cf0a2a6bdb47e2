package com.licenseforge.activation.trials;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code licenseforge_trials_total{product,outcome}} for the trial starts decided here: {@code started}, and
 * {@code refused_<reason>} (disabled, machine, components, email). The issuer counts conversions and ends.
 */
@ApplicationScoped
public class TrialMetrics {

    private final MeterRegistry registry;

    public TrialMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void started(String productCode) {
        count(productCode, "started");
    }

    void refused(String productCode, String reason) {
        count(productCode, "refused_" + reason);
    }

    private void count(String productCode, String outcome) {
        registry.counter("licenseforge.trials", "product", productCode, "outcome", outcome).increment();
    }
}
