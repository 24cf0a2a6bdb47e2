package com.licenseforge.activation.credentials;

import java.time.Instant;

/**
 * What a credential lock needs, so a caller can tell in its own statement whether one is possible
 * ({@link CredentialFailureRepository#LOCK_POSSIBLE}): failures since {@code rememberedSince} on the serial, or
 * {@code failuresPerAddress} of them from the address since {@code windowSince}.
 */
public record LockBounds(Instant rememberedSince, Instant windowSince, int failuresPerAddress) {
}
