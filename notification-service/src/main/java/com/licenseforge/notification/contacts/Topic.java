package com.licenseforge.notification.contacts;

/** What a contact receives mail about (as the issuer's contacts name it). */
public enum Topic {
    LICENSES, BILLING, TECHNICAL
}
