package com.licenseforge.activation.machines;

import com.licenseforge.activation.readmodel.BillingStanding;
import com.licenseforge.activation.readmodel.License;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the checks look at, all read at {@code now}: the license as known here (null for an unknown serial), its
 * billing standing, the live activations a request can be about (the one on its fingerprint and those sharing
 * its hardware components, oldest first), how many live activations hold slots and the newest major version
 * they run (where a slot may be taken; 0 elsewhere), and how many distinct users hold each module's seats. None
 * of it grows with the number of machines on the license.
 */
public record LicenseFacts(
        License license,
        BillingStanding standing,
        List<Activation> machines,
        int activeCount,
        int newestMajor,
        Map<String, Integer> seatsAssigned,
        Instant now) {

    public static LicenseFacts unknown(Instant now) {
        return new LicenseFacts(null, null, List.of(), 0, 0, Map.of(), now);
    }

    public boolean known() {
        return license != null;
    }

    public Optional<Activation> activeOn(String fingerprintHash) {
        return machines.stream().filter(a -> a.fingerprintHash.equals(fingerprintHash)).findFirst();
    }

    /**
     * The live activation of the machine {@code intent} is about: the one on its fingerprint or, after a hardware
     * change, the one in the same organization whose recorded components the machine mostly still reports.
     */
    public Optional<Activation> machineOf(ActivationIntent intent) {
        return activeOn(intent.fingerprintHash()).or(() -> machines.stream()
                .filter(a -> a.organizationId.equals(intent.organizationId()) && a.recognises(intent.components()))
                .findFirst());
    }
}
