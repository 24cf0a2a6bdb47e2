package com.licenseforge.client.state;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * What the installation has seen, kept outside the state file and only ever moved forward: the highest time
 * seen (the clock at every save and status, the issue time of every kept token), the generation of the last
 * state saved, and the service's last verdict. A state file of an older generation is a restored copy; a clock
 * behind {@code seenUpTo} was set back. It also holds the installation's random secret that seals both files.
 *
 * @param secret        the installation's secret (Base64), from which the seal's key is derived
 * @param generation    the generation of the last state saved; each save counts one up
 * @param seenUpTo      the highest time seen
 * @param lastCode      the service's last verdict ({@code VALID}, {@code PAST_DUE}, a refusal) or
 *                      {@code DEACTIVATED}; null before the first
 * @param lastCheckedAt when it was given
 */
record HighWaterMark(String secret, long generation, Instant seenUpTo, String lastCode, Instant lastCheckedAt) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The mark of a new installation: a fresh secret, nothing seen yet. */
    static HighWaterMark first() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new HighWaterMark(Base64.getEncoder().encodeToString(secret), 0, Instant.EPOCH, null, null);
    }

    StateSeal seal() {
        return StateSeal.of(Base64.getDecoder().decode(secret));
    }

    /** The mark after {@code seen}; never earlier than this one. */
    HighWaterMark seen(Instant seen) {
        return seen.isAfter(seenUpTo) ? new HighWaterMark(secret, generation, seen, lastCode, lastCheckedAt) : this;
    }

    /** The mark of the next state saved, holding its verdict. */
    HighWaterMark next(Instant seen, String code, Instant checkedAt) {
        return new HighWaterMark(secret, generation + 1, later(seenUpTo, seen), code, checkedAt);
    }

    ObjectNode toJson() {
        return SealedJson.object()
                .put("secret", secret)
                .put("generation", generation)
                .put("seenUpTo", seenUpTo.toString())
                .put("lastCode", lastCode)
                .put("lastCheckedAt", SealedJson.string(lastCheckedAt));
    }

    /**
     * The mark in {@code node}, when its seal holds.
     *
     * @throws IllegalArgumentException when it is malformed or its seal does not hold
     */
    static HighWaterMark fromJson(ObjectNode node) {
        HighWaterMark mark = new HighWaterMark(SealedJson.text(node, "secret"), node.path("generation").asLong(-1),
                SealedJson.instant(node, "seenUpTo"), SealedJson.text(node, "lastCode"),
                SealedJson.instant(node, "lastCheckedAt"));
        if (mark.secret == null || mark.generation < 0 || mark.seenUpTo == null || !SealedJson.sealed(node, mark.seal())) {
            throw new IllegalArgumentException("the high-water mark was edited");
        }
        return mark;
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
