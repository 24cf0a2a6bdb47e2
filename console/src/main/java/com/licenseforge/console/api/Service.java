package com.licenseforge.console.api;

/** The three services the console calls. */
enum Service {
    ISSUER, ACTIVATION, BILLING
}
