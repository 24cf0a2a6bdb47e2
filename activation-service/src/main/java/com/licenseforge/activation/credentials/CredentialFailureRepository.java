package com.licenseforge.activation.credentials;

import com.licenseforge.common.throttle.FailureRecords;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

@ApplicationScoped
public class CredentialFailureRepository implements PanacheRepository<CredentialFailure>, FailureRecords {

    /**
     * A condition for a statement's select list, true when {@link LockBounds} allow a lock of an address on a
     * serial: a failure of that address on that serial, or as many failures of the address within the window as
     * lock it. Its parameters are bound by {@link #bindLockPossible}.
     */
    public static final String LOCK_POSSIBLE = """
            (exists (select 1 from credential_failure f
                      where f.serial = ? and f.client_address = ? and f.failed_at > ?)
             or (select count(*) from (select 1 from credential_failure f
                                        where f.client_address = ? and f.failed_at > ? limit ?) recent) >= ?)""";

    /** Binds {@link #LOCK_POSSIBLE}'s parameters from index {@code first} on; answers the next free index. */
    public static int bindLockPossible(PreparedStatement statement, int first, String serial, String clientAddress,
                                       LockBounds bounds) throws SQLException {
        statement.setString(first, serial);
        statement.setString(first + 1, clientAddress);
        statement.setObject(first + 2, bounds.rememberedSince().atOffset(ZoneOffset.UTC));
        statement.setString(first + 3, clientAddress);
        statement.setObject(first + 4, bounds.windowSince().atOffset(ZoneOffset.UTC));
        statement.setInt(first + 5, bounds.failuresPerAddress());
        statement.setInt(first + 6, bounds.failuresPerAddress());
        return first + 7;
    }

    /** Whether {@code bounds} allow a lock of {@code clientAddress} on {@code serial}, in one statement. */
    public boolean lockPossible(String serial, String clientAddress, LockBounds bounds) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select " + LOCK_POSSIBLE)) {
                bindLockPossible(statement, 1, serial, clientAddress, bounds);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getBoolean(1);
                }
            }
        });
    }

    @Override
    public List<Instant> latestFrom(String clientAddress, Instant since, int limit) {
        return getEntityManager().createQuery("select f.failedAt from CredentialFailure f"
                        + " where f.clientAddress = :address and f.failedAt > :since order by f.failedAt desc", Instant.class)
                .setParameter("address", clientAddress)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Instant> latestOnFrom(String serial, String clientAddress, Instant since, int limit) {
        return getEntityManager().createQuery("select f.failedAt from CredentialFailure f where f.serial = :serial"
                        + " and f.clientAddress = :address and f.failedAt > :since order by f.failedAt desc", Instant.class)
                .setParameter("serial", serial)
                .setParameter("address", clientAddress)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public int countOn(String serial, Instant since, int limit) {
        return getEntityManager().createQuery("select f.id from CredentialFailure f"
                        + " where f.serial = :serial and f.failedAt > :since", Long.class)
                .setParameter("serial", serial)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList().size();
    }

    /**
     * Records a failure on a serial no license here had when the request was checked, unless its license has
     * arrived since: then the failure is forgotten at once, as {@link #forgetSerial} forgets the earlier ones.
     * Both take the serial's advisory lock, so a failure committing while its license arrives cannot slip
     * between the arrival's forgetting and its commit.
     */
    public void recordBeforeArrival(String serial, String clientAddress, Instant at) {
        lockSerial(serial);
        getEntityManager().createNativeQuery("insert into credential_failure (serial, client_address, failed_at)"
                        + " select :serial, :address, :at where not exists (select 1 from license where serial = :serial)")
                .setParameter("serial", serial)
                .setParameter("address", clientAddress)
                .setParameter("at", at)
                .executeUpdate();
    }

    /** Forgets the failures of a serial, when its license arrives: every one recorded before. */
    public void forgetSerial(String serial) {
        lockSerial(serial);
        getEntityManager().createNativeQuery("delete from credential_failure where serial = :serial")
                .setParameter("serial", serial)
                .executeUpdate();
    }

    public void deleteBefore(Instant cutoff) {
        delete("failedAt < ?1", cutoff);
    }

    private void lockSerial(String serial) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:serial, 0))")
                .setParameter("serial", serial)
                .getSingleResult();
    }
}
