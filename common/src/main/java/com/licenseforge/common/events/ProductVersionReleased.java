package com.licenseforge.common.events;

import java.time.Instant;

/** {@code product.version-released}: the maintenance gate compares {@code releasedAt} with a license's maintenance end. */
public record ProductVersionReleased(String productCode, String version, Instant releasedAt)
        implements EventPayload {
}
