package com.licenseforge.common.events;

import java.util.UUID;

/**
 * Payload of {@code activation.account-transfer-requested}: support asks the issuer, who owns the license's
 * account, to move the license to {@code toAccountId}, bound to {@code toOrganizationId} there. The issuer
 * answers with {@code license.account-transferred} (a {@link LicenseSnapshot} with the new account) or
 * {@code license.account-transfer-refused} ({@link AccountTransferRefused}).
 */
public record AccountTransferRequested(
        UUID transferId,
        UUID licenseId,
        String serial,
        UUID fromAccountId,
        UUID fromOrganizationId,
        UUID toAccountId,
        UUID toOrganizationId,
        String reason,
        String requestedBy,
        String requestId) implements EventPayload {
}
