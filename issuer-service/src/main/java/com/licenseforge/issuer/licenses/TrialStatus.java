package com.licenseforge.issuer.licenses;

/** Where a trial is: running until its end, converted to a paid license, or run out. */
public enum TrialStatus {
    RUNNING,
    CONVERTED,
    ENDED
}
