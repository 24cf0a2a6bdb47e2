package com.licenseforge.client;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CdKeyTest {

    private static final String KEY = "4F7QK-M2X9D-HRT3W-PB8NC-ZE5YA";

    @Test
    void neverShowsItselfInTextAndNeverRepeatsAMistypedKey() {
        CdKey key = CdKey.of(" " + KEY.toLowerCase() + " ");
        assertEquals("CdKey[hidden]", key.toString());
        assertFalse(String.valueOf(new com.licenseforge.client.api.ActivationRequest("S", key,
                TestKeys.ORGANIZATION_ID, "erp", "1", "fingerprint", null, null)).contains("4f7qk"));
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class, () -> CdKey.of("SECRET-TYPO-123"));
        assertFalse(typo.getMessage().contains("SECRET"));
    }
}
