package com.licenseforge.common.customer;

import com.licenseforge.common.staff.Actor;

import java.time.Instant;
import java.util.UUID;

/**
 * What a customer token allows: the licenses of one account ({@code accountId}) or one license
 * ({@code licenseId}), never both. {@code actor} is the token's subject (the contact's e-mail or
 * {@code serial:<SERIAL>}), {@code authTime} when the customer signed in.
 */
public record CustomerScope(String actor, UUID accountId, UUID licenseId, Instant authTime) {

    /** The channel customer actions are audited with (the audit entry's role). */
    public static final String CHANNEL = "portal";

    public CustomerScope {
        if ((accountId == null) == (licenseId == null)) {
            throw new IllegalArgumentException("a customer scope is one account or one license");
        }
    }

    public static CustomerScope account(String actor, UUID accountId, Instant authTime) {
        return new CustomerScope(actor, accountId, null, authTime);
    }

    public static CustomerScope license(String actor, UUID licenseId, Instant authTime) {
        return new CustomerScope(actor, null, licenseId, authTime);
    }

    public boolean isAccount() {
        return accountId != null;
    }

    /** Whether the license {@code licenseId} of account {@code licenseAccountId} is in this scope. */
    public boolean covers(UUID licenseId, UUID licenseAccountId) {
        return isAccount() ? accountId.equals(licenseAccountId) : this.licenseId.equals(licenseId);
    }

    /** The customer as the audit trail records them: the subject, acting through the portal. */
    public Actor auditActor(String requestId) {
        return new Actor(actor, CHANNEL, requestId);
    }
}
