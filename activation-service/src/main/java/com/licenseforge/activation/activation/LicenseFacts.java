package com.licenseforge.activation.activation;


import com.licenseforge.activation.readmodel.BillingStanding;
import com.licenseforge.activation.readmodel.License;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * What the checks look at: the license as known here (null for an unknown serial), its billing standing, the
 * activations holding its slots (for a validating machine only its own) and the users holding its seats, all
 * read at {@code now}.
 */
public record LicenseFacts(
        License license,
        BillingStanding standing,
        List<Activation> active,
        Map<String, SortedSet<String>> seatUsers,
        Instant now) {

    public static LicenseFacts unknown(Instant now) {
        return new LicenseFacts(null, null, List.of(), Map.of(), now);
    }

    public boolean known() {
        return license != null;
    }

    public Optional<Activation> activeOn(String fingerprintHash) {
        return active.stream().filter(a -> a.fingerprintHash.equals(fingerprintHash)).findFirst();
    }

    /**
     * The live activation of the machine {@code intent} is about: the one on its fingerprint or, after a hardware
     * change, the one in the same organization whose recorded components the machine mostly still reports.
     */
    public Optional<Activation> machineOf(ActivationIntent intent) {
        return activeOn(intent.fingerprintHash()).or(() -> active.stream()
                .filter(a -> a.organizationId.equals(intent.organizationId()) && a.recognises(intent.components()))
                .findFirst());
    }
}
