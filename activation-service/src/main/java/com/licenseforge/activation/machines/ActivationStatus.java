package com.licenseforge.activation.machines;

public enum ActivationStatus {
    /** Holds one of the license's slots. */
    ACTIVE,
    /** Ended by the customer system or reset by support; the slot is free again. */
    DEACTIVATED,
    /** Ended because support moved the license to another organization. */
    REASSIGNED,
    /** A floating license's machine that missed its lease by more than the grace; the slot is free again. */
    CULLED,
    /** A trial's activation, ended because a paid license of the product was activated on the machine. */
    CONVERTED
}
