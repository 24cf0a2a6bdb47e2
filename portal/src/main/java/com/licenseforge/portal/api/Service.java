package com.licenseforge.portal.api;

/** The services whose customer endpoints the portal calls. */
enum Service {
    ISSUER, ACTIVATION, NOTIFICATION
}
