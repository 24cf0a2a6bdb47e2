package com.licenseforge.issuer.licenses;

import com.licenseforge.common.license.LicenseStatus;

import java.time.Instant;
import java.util.UUID;

/**
 * What staff look for among licenses; every field given must match. {@code serial} is canonical,
 * {@code expiresFrom} inclusive and {@code expiresTo} exclusive.
 */
public record LicenseFilter(String serial, UUID accountId, String productCode, LicenseStatus status,
                            Instant expiresFrom, Instant expiresTo, String billingRef) {
}
