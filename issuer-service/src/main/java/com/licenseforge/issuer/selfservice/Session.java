package com.licenseforge.issuer.selfservice;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer session as the portal keeps it: the bearer token (renewed before {@code expiresAt}), the end of the
 * session whatever the renewals, who signed in, and the one account or the one license the token reaches.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Session(String token, Instant expiresAt, Instant sessionEndsAt,
                      @Schema(description = "The contact's e-mail, or `serial:<SERIAL>` after a serial + CD key sign-in") String actor,
                      @Schema(description = "Set after a link sign-in: the token reaches the account's licenses") UUID accountId,
                      @Schema(description = "Set after a serial + CD key sign-in: the token reaches this license only") UUID licenseId) {
}
