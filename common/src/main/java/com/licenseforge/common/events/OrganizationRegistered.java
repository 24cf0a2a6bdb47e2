package com.licenseforge.common.events;

import java.util.UUID;

/** {@code organization.registered}: an organization (company code, legal entity) inside an account. */
public record OrganizationRegistered(UUID organizationId, UUID accountId, String name) implements EventPayload {
}
