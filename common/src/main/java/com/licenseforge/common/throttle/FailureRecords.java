package com.licenseforge.common.throttle;

import java.time.Instant;
import java.util.List;

/** The recorded credential failures a {@link CredentialLocks} decides from, newest first. */
public interface FailureRecords {

    /** When the latest {@code limit} failures from {@code clientAddress} since {@code since} happened. */
    List<Instant> latestFrom(String clientAddress, Instant since, int limit);

    /** When the latest {@code limit} failures from {@code clientAddress} on {@code serial} since {@code since} happened. */
    List<Instant> latestOnFrom(String serial, String clientAddress, Instant since, int limit);

    /** How many failures {@code serial} had from all addresses since {@code since}, counted up to {@code limit}. */
    int countOn(String serial, Instant since, int limit);
}
