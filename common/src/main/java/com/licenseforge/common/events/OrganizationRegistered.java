package com.licenseforge.common.events;

import java.util.UUID;

/**
 * {@code organization.registered}: an organization (company code, legal entity) inside an account. {@code taxId}
 * (optional) tells apart organizations of one account whose names look alike; events of earlier releases lack it.
 */
public record OrganizationRegistered(UUID organizationId, UUID accountId, String name, String taxId)
        implements EventPayload {
}
