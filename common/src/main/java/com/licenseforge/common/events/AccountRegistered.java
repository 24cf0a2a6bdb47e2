package com.licenseforge.common.events;

import java.util.UUID;

/** {@code account.registered}: the buying customer. */
public record AccountRegistered(UUID accountId, String name, String externalRef) implements EventPayload {
}
