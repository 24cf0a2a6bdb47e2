package com.licenseforge.billing.webhooks;

import com.licenseforge.common.problem.Problem;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts what became of the billing provider's deliveries: applied, parked, ignored, a duplicate, or refused
 * with a problem code (a bad signature, a stale timestamp, an unreadable body).
 */
public class WebhookOutcomes {

    private final MeterRegistry registry;

    public WebhookOutcomes(MeterRegistry registry) {
        this.registry = registry;
    }

    @ServerResponseFilter
    public void count(ContainerResponseContext response, ResourceInfo resource) {
        if (resource == null || resource.getResourceClass() != WebhookResource.class) {
            return;
        }
        Object entity = response.getEntity();
        String outcome;
        if (entity instanceof Receipt receipt) {
            outcome = receipt.duplicate() ? "DUPLICATE" : receipt.outcome();
        } else if (entity instanceof Problem problem && problem.code() != null) {
            outcome = problem.code();
        } else {
            outcome = "HTTP_" + response.getStatus();
        }
        registry.counter("licenseforge.webhooks", "outcome", outcome).increment();
    }
}
