package com.licenseforge.activation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Leases of floating licenses' machines. */
@ConfigMapping(prefix = "licenseforge.activation.floating")
public interface FloatingConfig {

    /**
     * How long past its lease end a machine is culled; absent: one heartbeat interval of its license. Keep it
     * above a second: a renewal is written within one.
     */
    Optional<Duration> grace();

    /**
     * How long an activation token of a floating license lives (at least four heartbeat intervals). A heartbeat
     * whose token has more than half of it left gets its token back unsigned.
     */
    @WithDefault("PT24H")
    Duration tokenLife();

    /** How often the culler looks for leases due (a scheduler interval such as 10s; off: never). */
    @WithDefault("10s")
    String cullEvery();

    /** Leases the culler ends in one transaction. */
    @WithDefault("500")
    int cullBatch();
}
