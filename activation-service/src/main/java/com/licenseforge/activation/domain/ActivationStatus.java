package com.licenseforge.activation.domain;

public enum ActivationStatus {
    /** Holds one of the license's slots. */
    ACTIVE,
    /** Ended by the customer system; the slot is free again. */
    DEACTIVATED
}
