package com.licenseforge.issuer.customers;

/** What a contact receives mail about: licenses (issued, renewed, expiring), billing (dunning), technical (maintenance). */
public enum ContactTopic {
    LICENSES, BILLING, TECHNICAL
}
