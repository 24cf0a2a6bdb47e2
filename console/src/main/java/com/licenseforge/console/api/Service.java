package com.licenseforge.console.api;

/** The services the console calls. */
enum Service {
    ISSUER, ACTIVATION, BILLING, NOTIFICATION
}
