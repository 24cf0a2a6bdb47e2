package com.licenseforge.console.api;

/** The three services the console calls. */
public enum Service {
    ISSUER, ACTIVATION, BILLING
}
