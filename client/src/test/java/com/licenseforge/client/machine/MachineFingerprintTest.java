package com.licenseforge.client.machine;

import com.licenseforge.format.Fingerprint;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MachineFingerprintTest {

    @Test
    void theFingerprintIgnoresCaseBlanksAndOrderOfComponents() {
        MachineFingerprint a = MachineFingerprint.of(Map.of("CPU", " Intel Xeon ", "board", "X12STH-F"));
        MachineFingerprint b = MachineFingerprint.of(Map.of("board", "x12sth-f", "cpu", "intel xeon"));

        assertEquals(a.fingerprint(), b.fingerprint());
        assertTrue(a.fingerprint().matches("lf1-[0-9a-f]{64}"));
        assertEquals(Map.of("board", "X12STH-F", "cpu", "Intel Xeon"), a.components(), "names lower case, values as read");
        assertNotEquals(a.fingerprint(), a.with("disk", "WD-123").fingerprint());
        assertEquals(a.with("disk", "WD-123").fingerprint(), a.with("Disk", "WD-999").with("disk", "WD-123").fingerprint(),
                "with replaces a component of the same name");
    }

    @Test
    void theHashIsTheServersFpClaim() {
        MachineFingerprint machine = MachineFingerprint.of(Map.of("cpu", "Xeon", "mac", "00:25:90:aa:bb:cc"));

        assertEquals(Fingerprint.hash(machine.fingerprint()), machine.hash());
        assertEquals(Fingerprint.hash("  " + machine.fingerprint().toUpperCase() + "\n"), machine.hash(),
                "the server normalizes before hashing: strip, lower case");
    }

    @Test
    void componentNamesAndValuesFollowTheOfflineFileRules() {
        assertThrows(IllegalArgumentException.class, () -> MachineFingerprint.of(Map.of("cpu model", "x")));
        assertThrows(IllegalArgumentException.class, () -> MachineFingerprint.of(Map.of("cpu", "line\nbreak")));
        assertThrows(IllegalArgumentException.class, () -> MachineFingerprint.of(Map.of("cpu", "x".repeat(201))));
        assertThrows(IllegalArgumentException.class, () -> MachineFingerprint.of(Map.of("cpu", "a", "CPU", "b")));
        assertThrows(IllegalStateException.class, () -> MachineFingerprint.of(Map.of()));
    }

    @Test
    void detectsThisMachineTheSameWayEveryTime() {
        MachineFingerprint machine = MachineFingerprint.detect();

        assertFalse(machine.components().isEmpty());
        assertEquals(machine.fingerprint(), MachineFingerprint.detect().fingerprint());
    }
}
