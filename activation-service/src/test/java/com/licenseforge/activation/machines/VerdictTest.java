package com.licenseforge.activation.machines;

import com.licenseforge.activation.answers.Codes;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VerdictTest {

    @Test
    void withReturnsACopyAndLeavesTheVerdictAsItWas() {
        Verdict valid = Verdict.valid(Codes.PAST_DUE, "past due", null);
        Verdict noted = valid.with("graceEndsAt", "2030-01-01T00:00:00Z");

        assertEquals(Map.of(), valid.data());
        assertEquals(Map.of("graceEndsAt", "2030-01-01T00:00:00Z"), noted.data());
        assertThrows(UnsupportedOperationException.class, () -> noted.data().put("x", 1));
    }
}
