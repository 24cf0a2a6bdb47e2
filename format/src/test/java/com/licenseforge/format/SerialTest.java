package com.licenseforge.format;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SerialTest {

    @RepeatedTest(20)
    void aGeneratedSerialParsesToItself() {
        String serial = Serial.generate();
        assertTrue(serial.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"), serial);
        assertEquals(serial, Serial.parse(serial).orElseThrow());
    }

    @Test
    void readsWhatAPersonTypes() {
        String serial = Serial.generate();
        assertEquals(serial, Serial.parse(" " + serial.toLowerCase().replace("-", " ") + " ").orElseThrow());
        String withLookAlikes = serial.replace('0', 'O').replace('1', 'I');
        assertEquals(serial, Serial.parse(withLookAlikes).orElseThrow());
    }

    @Test
    void everySingleMistypedCharacterIsCaught() {
        for (int n = 0; n < 50; n++) {
            String chars = Serial.generate().replace("-", "");
            for (int i = 0; i < chars.length(); i++) {
                for (char c : Base32.ALPHABET.toCharArray()) {
                    if (c == chars.charAt(i)) {
                        continue;
                    }
                    String typo = chars.substring(0, i) + c + chars.substring(i + 1);
                    assertTrue(Serial.parse(typo).isEmpty(), "typo not caught: " + typo);
                }
            }
        }
    }

    @Test
    void everySwapOfNeighboursIsCaught() {
        for (int n = 0; n < 200; n++) {
            String chars = Serial.generate().replace("-", "");
            for (int i = 0; i + 1 < chars.length(); i++) {
                if (chars.charAt(i) == chars.charAt(i + 1)) {
                    continue;
                }
                String swapped = chars.substring(0, i) + chars.charAt(i + 1) + chars.charAt(i) + chars.substring(i + 2);
                assertTrue(Serial.parse(swapped).isEmpty(), "swap not caught: " + swapped);
            }
        }
    }

    @Test
    void refusesWrongLengthsAndForeignCharacters() {
        assertTrue(Serial.parse(null).isEmpty());
        assertTrue(Serial.parse("").isEmpty());
        assertTrue(Serial.parse("ABCD-EFGH").isEmpty());
        assertTrue(Serial.parse("ABCD-EFGH-JKMN-PQR!").isEmpty());
        assertTrue(Serial.parse("UUUU-UUUU-UUUU-UUUU").isEmpty());
    }

    @Test
    void cdKeysCarryAtLeast120Bits() {
        String key = CdKey.generate();
        assertEquals(25, CdKey.canonical(key).orElseThrow().length(), "25 base32 characters = 125 bits");
        assertEquals(CdKey.canonical(key), CdKey.canonical(key.toLowerCase().replace('0', 'o')), "typed by a person");
        assertNotEquals(CdKey.generate(), CdKey.generate());
    }
}
