package com.licenseforge.activation.credentials;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class CredentialFailureRepository implements PanacheRepository<CredentialFailure> {

    /** When the latest {@code limit} failures from {@code clientAddress} since {@code since} happened, newest first. */
    public List<Instant> latestForAddress(String clientAddress, Instant since, int limit) {
        return getEntityManager().createQuery("select f.failedAt from CredentialFailure f"
                        + " where f.clientAddress = :address and f.failedAt > :since order by f.failedAt desc", Instant.class)
                .setParameter("address", clientAddress)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Whether {@code clientAddress} failed at all since {@code since}. */
    public boolean anyFromAddress(String clientAddress, Instant since) {
        return !getEntityManager().createQuery("select f.id from CredentialFailure f"
                        + " where f.clientAddress = :address and f.failedAt > :since", Long.class)
                .setParameter("address", clientAddress)
                .setParameter("since", since)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** The failures from {@code clientAddress} for {@code serial} since {@code since}, newest first. */
    public List<Instant> latestForSerialFrom(String serial, String clientAddress, Instant since, int limit) {
        return getEntityManager().createQuery("select f.failedAt from CredentialFailure f where f.serial = :serial"
                        + " and f.clientAddress = :address and f.failedAt > :since order by f.failedAt desc", Instant.class)
                .setParameter("serial", serial)
                .setParameter("address", clientAddress)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }

    /** How many failures {@code serial} had from all addresses since {@code since}, counted up to {@code limit}. */
    public int countForSerial(String serial, Instant since, int limit) {
        return getEntityManager().createQuery("select f.id from CredentialFailure f"
                        + " where f.serial = :serial and f.failedAt > :since", Long.class)
                .setParameter("serial", serial)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList().size();
    }

    /** Forgets the failures of a serial: every one recorded before its license arrived here. */
    public void forgetSerial(String serial) {
        delete("serial", serial);
    }

    public void deleteBefore(Instant cutoff) {
        delete("failedAt < ?1", cutoff);
    }
}
