package com.licenseforge.common.events;

import java.util.UUID;

/** Payload of {@code license.account-transfer-refused}: why the issuer did not move the license. */
public record AccountTransferRefused(
        UUID transferId,
        UUID licenseId,
        UUID toAccountId,
        UUID toOrganizationId,
        String code,
        String detail) implements EventPayload {
}
