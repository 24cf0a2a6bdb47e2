package com.licenseforge.common.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code customer.signin-link-requested}: a contact of {@code accountId} asked to sign in to the customer portal;
 * notification mails them the link with {@code code} in {@code language} ({@code en}, {@code de}, {@code zh}).
 * The code alone signs nobody in: its redemption needs the secret of the browser that asked, which never leaves it.
 */
public record SigninLinkRequested(UUID linkId, UUID accountId, String email, String language, String code,
                                  Instant expiresAt) implements EventPayload {
}
