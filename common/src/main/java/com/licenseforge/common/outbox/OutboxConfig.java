package com.licenseforge.common.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "licenseforge.outbox")
public interface OutboxConfig {

    /** How often the relay looks for rows when no commit has woken it (other replicas' rows, retries). */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long the relay waits before retrying after the broker failed. */
    @WithDefault("2s")
    Duration retryBackoff();

    @WithDefault("200")
    int batchSize();
}
