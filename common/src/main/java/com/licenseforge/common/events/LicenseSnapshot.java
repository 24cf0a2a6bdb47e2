package com.licenseforge.common.events;

import com.licenseforge.common.license.LicenseModel;
import com.licenseforge.common.license.LicenseKind;
import com.licenseforge.common.license.SalesStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Payload of every {@code license.*} event: the whole entitlement after the change, so a consumer's read
 * model is an upsert and a lost intermediate event cannot leave it half-updated. {@code cdKeyHash} is the
 * keyed hash, never the key; {@code offlinePublicKey} is the public key offline activation requests are signed
 * for (see {@link com.licenseforge.format.OfflineKey}), absent for licenses issued before it existed. It proves
 * a request but cannot make one, so the topic and its copies hold nothing that activates a license.
 * {@code version} increases with every change so a consumer can ignore a stale snapshot. {@code model} is absent
 * in snapshots from before floating licenses (node-locked); a floating license carries its resolved
 * {@code heartbeatInterval} and {@code maxBorrow}. {@code kind} is absent in snapshots from before trials existed,
 * which were all of paid licenses ({@link LicenseKind#orPaid}).
 */
public record LicenseSnapshot(
        UUID licenseId,
        long version,
        String serial,
        String cdKeyHash,
        String productCode,
        UUID accountId,
        String edition,
        Map<String, Integer> modules,
        int maxActivations,
        Instant startsAt,
        Instant expiresAt,
        Instant maintenanceUntil,
        SalesStatus status,
        String billingRef,
        String reason,
        String offlinePublicKey,
        LicenseModel model,
        Duration heartbeatInterval,
        Duration maxBorrow,
        LicenseKind kind) implements EventPayload {

    /** A node-locked paid license's snapshot, as every snapshot was before floating licenses and trials. */
    public LicenseSnapshot(UUID licenseId, long version, String serial, String cdKeyHash, String productCode,
                           UUID accountId, String edition, Map<String, Integer> modules, int maxActivations,
                           Instant startsAt, Instant expiresAt, Instant maintenanceUntil, SalesStatus status,
                           String billingRef, String reason, String offlinePublicKey) {
        this(licenseId, version, serial, cdKeyHash, productCode, accountId, edition, modules, maxActivations,
                startsAt, expiresAt, maintenanceUntil, status, billingRef, reason, offlinePublicKey, null, null, null,
                null);
    }
}
