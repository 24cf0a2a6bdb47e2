package com.licenseforge.issuer.catalogue;

import java.time.Duration;

/** What a product's floating licenses get unless a license says otherwise; null leaves the platform default. */
public record FloatingDefaults(Duration heartbeatInterval, Duration maxBorrow) {
}
