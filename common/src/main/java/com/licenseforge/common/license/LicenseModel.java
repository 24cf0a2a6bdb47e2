package com.licenseforge.common.license;

import java.time.Duration;

/**
 * How a license's activation slots are held: by machines for as long as they stay activated (node-locked, the
 * default), or by whichever machines run right now, each on a lease it renews by validating (floating).
 */
public enum LicenseModel {
    NODE_LOCKED, FLOATING;

    /** The shortest and longest heartbeat interval a floating license may have. */
    public static final Duration MIN_HEARTBEAT_INTERVAL = Duration.ofMinutes(1);
    public static final Duration MAX_HEARTBEAT_INTERVAL = Duration.ofDays(1);
    /** What a floating license gets when neither it nor its product says otherwise. */
    public static final Duration DEFAULT_HEARTBEAT_INTERVAL = Duration.ofMinutes(10);
    public static final Duration DEFAULT_MAX_BORROW = Duration.ofDays(7);
    /** The longest a machine may borrow a floating lease for, whatever a product or license says. */
    public static final Duration LONGEST_MAX_BORROW = Duration.ofDays(90);

    public boolean isFloating() {
        return this == FLOATING;
    }

    /** ISO-8601 text of a lease duration in whole days when it is some (P7D rather than PT168H). */
    public static String text(Duration duration) {
        if (duration == null) {
            return null;
        }
        return !duration.isZero() && duration.toSeconds() % 86_400 == 0 ? "P" + duration.toDays() + "D"
                : duration.toString();
    }

    /** The model a snapshot or request without one means: node-locked, as every license was before floating. */
    public static LicenseModel orDefault(LicenseModel model) {
        return model == null ? NODE_LOCKED : model;
    }
}
