package com.licenseforge.common.events;

import java.util.List;

/**
 * {@code product.registered}: a product, the modules it is sold with and how many machines a customer may free per
 * license within 30 days in the customer portal ({@code selfServiceDeactivations}; absent in events of earlier
 * releases, which means {@link #DEFAULT_SELF_SERVICE_DEACTIVATIONS}).
 */
public record ProductRegistered(String code, String name, List<String> modules, Integer selfServiceDeactivations)
        implements EventPayload {

    public static final int DEFAULT_SELF_SERVICE_DEACTIVATIONS = 3;

    public ProductRegistered(String code, String name, List<String> modules) {
        this(code, name, modules, null);
    }

    public int selfServiceLimit() {
        return selfServiceDeactivations == null ? DEFAULT_SELF_SERVICE_DEACTIVATIONS : selfServiceDeactivations;
    }
}
