package com.licenseforge.client.verify;

import java.time.Instant;
import java.util.Objects;

/**
 * The product build that is running: its code, version and release date, as the vendor compiles them in. A
 * license's maintenance covers a version released no later than the maintenance end.
 */
public record ProductRelease(String productCode, String version, Instant releasedAt) {

    public ProductRelease {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(releasedAt, "releasedAt");
    }
}
