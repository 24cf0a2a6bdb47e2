package com.licenseforge.activation.support;

/** Where a requested move to another account stands: waiting for the issuer, done, or refused by it. */
public enum AccountTransferStatus {
    PENDING,
    COMPLETED,
    REFUSED
}
