package com.licenseforge.issuer.selfservice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The sign-in throttle of the customer portal. The portal calls from few addresses for many customers, so the limits
 * per client address are far above those per e-mail and per serial.
 */
@ConfigMapping(prefix = "licenseforge.selfservice")
public interface SelfServiceConfig {

    /** The window every limit counts in. */
    @WithDefault("PT15M")
    Duration window();

    @WithDefault("60")
    int linkRequestsPerAddress();

    @WithDefault("5")
    int linkRequestsPerEmail();

    @WithDefault("30")
    int credentialFailuresPerAddress();

    @WithDefault("5")
    int credentialFailuresPerSerial();
}
