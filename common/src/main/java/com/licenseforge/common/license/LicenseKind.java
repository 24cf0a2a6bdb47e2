package com.licenseforge.common.license;

/** What a license was sold as: a time-limited trial a prospect started, or a paid license sales issued. */
public enum LicenseKind {
    TRIAL,
    PAID;

    /** The kind of a snapshot or row from before kinds existed: every license was paid then. */
    public static LicenseKind orPaid(LicenseKind kind) {
        return kind == null ? PAID : kind;
    }
}
