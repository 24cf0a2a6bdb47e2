package com.licenseforge.common.events;

import java.util.List;

/** {@code product.registered}: a product and the modules it is sold with. */
public record ProductRegistered(String code, String name, List<String> modules) implements EventPayload {
}
