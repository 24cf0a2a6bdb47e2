package com.licenseforge.common.seal;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LicenseSealTest {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-characters";
    private static final UUID LICENSE = UUID.randomUUID();

    @Test
    void opensWhatItSealedForTheSameLicense() {
        LicenseSeal seal = new LicenseSeal("use one", SECRET);

        assertEquals(Optional.of("ABCD-EFGH"), seal.open(LICENSE, seal.seal(LICENSE, "ABCD-EFGH")));
    }

    @Test
    void sealsTheSameTextDifferentlyEachTime() {
        LicenseSeal seal = new LicenseSeal("use one", SECRET);

        assertNotEquals(seal.seal(LICENSE, "ABCD-EFGH"), seal.seal(LICENSE, "ABCD-EFGH"));
    }

    @Test
    void doesNotOpenForAnotherLicenseAnotherUseOrAnotherSecret() {
        String sealed = new LicenseSeal("use one", SECRET).seal(LICENSE, "ABCD-EFGH");

        assertTrue(new LicenseSeal("use one", SECRET).open(UUID.randomUUID(), sealed).isEmpty());
        assertTrue(new LicenseSeal("use two", SECRET).open(LICENSE, sealed).isEmpty());
        assertTrue(new LicenseSeal("use one", SECRET + "x").open(LICENSE, sealed).isEmpty());
    }

    @Test
    void doesNotOpenTamperedTruncatedOrMalformedText() {
        LicenseSeal seal = new LicenseSeal("use one", SECRET);
        byte[] bytes = Base64.getUrlDecoder().decode(seal.seal(LICENSE, "ABCD-EFGH"));
        bytes[bytes.length - 1] ^= 1;

        assertTrue(seal.open(LICENSE, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)).isEmpty());
        assertTrue(seal.open(LICENSE, "AAAA").isEmpty());
        assertTrue(seal.open(LICENSE, "").isEmpty());
        assertTrue(seal.open(LICENSE, "not base64 at all!").isEmpty());
    }

    @Test
    void deliverySealRefusesAShortSecret() {
        assertThrows(IllegalArgumentException.class, () -> new DeliverySeal("short"));
    }
}
