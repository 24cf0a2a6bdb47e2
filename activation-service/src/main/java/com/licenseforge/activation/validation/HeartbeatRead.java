package com.licenseforge.activation.validation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.licenseforge.activation.credentials.CredentialFailureRepository;
import com.licenseforge.activation.credentials.LockBounds;
import com.licenseforge.activation.machines.Activation;
import com.licenseforge.activation.machines.ActivationStatus;
import com.licenseforge.activation.machines.LicenseFacts;
import com.licenseforge.activation.readmodel.BillingStanding;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.readmodel.ProductVersion;
import com.licenseforge.activation.seats.SeatAssignmentRepository;
import com.licenseforge.common.license.LicenseModel;
import com.licenseforge.common.license.LicenseKind;
import com.licenseforge.common.license.SalesStatus;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Reads everything a heartbeat is decided on in one statement, by index, without an ORM session: the license,
 * its billing standing, the live activation on the machine's fingerprint, the distinct users per module, the
 * released version the machine runs and whether the caller's address could be locked (only then is the
 * throttle asked in full). Heartbeats are the busiest request, and this keeps each to one round trip; the
 * rarer answers (a machine that is not activated, excess seats) read what they need on top, through the
 * repositories the check chain uses.
 */
@ApplicationScoped
public class HeartbeatRead {

    /** What {@link #read} found; {@code released} is empty when no version was given or it was never released. */
    public record Heartbeat(LicenseFacts facts, Optional<ProductVersion> released, boolean lockPossible) {
    }

    /** Public for the test that bounds the rows its plans visit, whichever plan PostgreSQL caches. */
    public static final String QUERY = """
            select l.id, l.snapshot_version, l.cd_key_hash, l.offline_public_key, l.product_code, l.account_id,
                   l.edition, l.modules::text, l.max_activations, l.starts_at, l.expires_at, l.maintenance_until,
                   l.status, l.bound_organization_id, l.bound_at, l.updated_at,
                   b.standing, b.past_due_since, b.grace_ends_at, b.updated_at,
                   a.id, a.organization_id, a.product_version, a.hostname, a.created_at, a.last_seen_at,
                   v.released_at,
                   %s,
                   %s,
                   l.model, l.heartbeat_interval_seconds, l.max_borrow_seconds, a.lease_expires_at, a.borrowed_until,
                   l.kind
              from (select 1) request
              left join license l on l.serial = ?
              left join billing_standing b on b.license_id = l.id
              left join activation a on a.license_id = l.id and a.fingerprint_hash = ? and a.status = 'ACTIVE'
              left join product_version v on v.product_code = l.product_code and v.version = ?"""
            .formatted(SeatAssignmentRepository.USERS_BY_MODULE, CredentialFailureRepository.LOCK_POSSIBLE);
    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {
    };

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;

    public HeartbeatRead(AgroalDataSource dataSource, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The facts of {@code serial} as they bear on the machine, and whether {@code lockBounds} allow a lock of
     * {@code clientAddress}.
     */
    public Heartbeat read(String serial, String fingerprintHash, String productVersion, String clientAddress,
                          LockBounds lockBounds) {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(QUERY)) {
            int next = CredentialFailureRepository.bindLockPossible(statement, 1, serial, clientAddress, lockBounds);
            statement.setString(next, serial);
            statement.setString(next + 1, fingerprintHash);
            statement.setString(next + 2, productVersion);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                boolean lockPossible = row.getBoolean(29);
                if (row.getObject(1) == null) {
                    return new Heartbeat(LicenseFacts.unknown(now), Optional.empty(), lockPossible);
                }
                License license = license(row, serial);
                LicenseFacts facts = new LicenseFacts(license, standing(row, license.id),
                        activation(row, license.id, fingerprintHash).map(List::of).orElse(List.of()), 0, 0,
                        new TreeMap<>(json.readValue(row.getString(28), COUNTS)), now);
                return new Heartbeat(facts, released(row, license.productCode, productVersion), lockPossible);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the heartbeat facts failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private License license(ResultSet row, String serial) throws SQLException, IOException {
        License license = new License();
        license.id = row.getObject(1, UUID.class);
        license.snapshotVersion = row.getLong(2);
        license.serial = serial;
        license.cdKeyHash = row.getString(3);
        license.offlinePublicKey = row.getString(4);
        license.productCode = row.getString(5);
        license.accountId = row.getObject(6, UUID.class);
        license.edition = row.getString(7);
        license.modules = json.readValue(row.getString(8), COUNTS);
        license.maxActivations = row.getInt(9);
        license.startsAt = instant(row, 10);
        license.expiresAt = instant(row, 11);
        license.maintenanceUntil = instant(row, 12);
        license.status = SalesStatus.valueOf(row.getString(13));
        license.boundOrganizationId = row.getObject(14, UUID.class);
        license.boundAt = instant(row, 15);
        license.updatedAt = instant(row, 16);
        license.model = LicenseModel.valueOf(row.getString(30));
        license.heartbeatIntervalSeconds = (Integer) row.getObject(31);
        license.maxBorrowSeconds = (Integer) row.getObject(32);
        license.kind = LicenseKind.valueOf(row.getString(35));
        return license;
    }

    private static BillingStanding standing(ResultSet row, UUID licenseId) throws SQLException {
        return BillingStanding.of(licenseId, row.getString(17), instant(row, 18), instant(row, 19), instant(row, 20));
    }

    /**
     * The live activation on the fingerprint with its lease; its components are left out, as no heartbeat looks
     * at them.
     */
    private static Optional<Activation> activation(ResultSet row, UUID licenseId, String fingerprintHash)
            throws SQLException {
        if (row.getObject(21) == null) {
            return Optional.empty();
        }
        Activation activation = new Activation();
        activation.id = row.getObject(21, UUID.class);
        activation.licenseId = licenseId;
        activation.organizationId = row.getObject(22, UUID.class);
        activation.fingerprintHash = fingerprintHash;
        activation.productVersion = row.getString(23);
        activation.hostname = row.getString(24);
        activation.status = ActivationStatus.ACTIVE;
        activation.createdAt = instant(row, 25);
        activation.lastSeenAt = instant(row, 26);
        activation.leaseExpiresAt = instant(row, 33);
        activation.borrowedUntil = instant(row, 34);
        return Optional.of(activation);
    }

    private static Optional<ProductVersion> released(ResultSet row, String productCode, String version)
            throws SQLException {
        Instant releasedAt = instant(row, 27);
        if (releasedAt == null) {
            return Optional.empty();
        }
        ProductVersion released = new ProductVersion();
        released.productCode = productCode;
        released.version = version;
        released.releasedAt = releasedAt;
        return Optional.of(released);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
