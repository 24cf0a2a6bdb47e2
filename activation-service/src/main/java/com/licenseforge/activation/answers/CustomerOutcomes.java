package com.licenseforge.activation.answers;

import com.licenseforge.common.problem.Problem;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts what customer systems were answered, by the code they were given: activations (online and by
 * request file) and validations, as their resource methods declare with {@link CountedOutcome}. Refusals are
 * problems with a stable code, so the answer is where every outcome, including bad input and throttling, is known.
 */
public class CustomerOutcomes {

    private final MeterRegistry registry;

    public CustomerOutcomes(MeterRegistry registry) {
        this.registry = registry;
    }

    @ServerResponseFilter
    public void count(ContainerResponseContext response, ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return;
        }
        CountedOutcome counted = resource.getResourceMethod().getAnnotation(CountedOutcome.class);
        if (counted == null) {
            return;
        }
        switch (counted.value()) {
            case VALIDATION ->
                    registry.counter("licenseforge.validations", "outcome", outcome(response, Codes.VALID)).increment();
            case ONLINE_ACTIVATION -> registry.counter("licenseforge.activations", "channel", "online",
                    "outcome", outcome(response, response.getStatus() == 201 ? "ACTIVATED" : "ALREADY_ACTIVE")).increment();
            case OFFLINE_ACTIVATION -> registry.counter("licenseforge.activations", "channel", "offline",
                    "outcome", outcome(response, "ACTIVATED")).increment();
        }
    }

    /** The problem's code, a coded answer's own code, {@code success} for another 2xx, else the HTTP status. */
    private static String outcome(ContainerResponseContext response, String success) {
        Object entity = response.getEntity();
        if (entity instanceof Problem problem && problem.code() != null) {
            return problem.code();
        }
        if (entity instanceof CodedAnswer answer && answer.code() != null) {
            return answer.code();
        }
        return response.getStatus() < 300 ? success : "HTTP_" + response.getStatus();
    }
}
