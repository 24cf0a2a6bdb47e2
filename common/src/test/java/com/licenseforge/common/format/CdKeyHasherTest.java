package com.licenseforge.common.format;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CdKeyHasherTest {

    @Test
    void hashesPerSerialUnderTheSecret() {
        String key = CdKey.generate();
        CdKeyHasher hasher = new CdKeyHasher("a-test-secret-of-enough-length");
        String hash = hasher.hash("AAAA-BBBB-CCCC-DDDD", CdKey.canonical(key).orElseThrow());
        assertTrue(hasher.matches("AAAA-BBBB-CCCC-DDDD", key.toLowerCase(), hash), "typed in lower case");
        assertTrue(!hasher.matches("AAAA-BBBB-CCCC-DDDE", key, hash), "bound to the serial");
        assertTrue(!hasher.matches("AAAA-BBBB-CCCC-DDDD", CdKey.generate(), hash));
        assertTrue(!hasher.matches("AAAA-BBBB-CCCC-DDDD", "garbage", hash));
        assertNotEquals(hash, new CdKeyHasher("another-secret-of-enough-len").hash("AAAA-BBBB-CCCC-DDDD",
                CdKey.canonical(key).orElseThrow()), "keyed: another secret gives another hash");
    }
}
