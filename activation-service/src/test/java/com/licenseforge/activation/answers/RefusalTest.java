package com.licenseforge.activation.answers;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RefusalTest {

    @Test
    void withersLeaveTheRefusalTheyStartFromAsItWas() {
        Refusal base = Refusal.of(403, Codes.EXPIRED, "the license expired");
        Refusal more = base.with("expiresAt", "2030-01-01T00:00:00Z").with("by", "sales");
        Refusal later = more.retryAfter(60);

        assertEquals(Map.of(), base.data());
        assertEquals(List.of("expiresAt", "by"), List.copyOf(more.data().keySet()));
        assertEquals(null, more.retryAfterSeconds());
        assertEquals(60L, later.retryAfterSeconds());
        assertSame(more, more.with("ignored", null));
        assertThrows(UnsupportedOperationException.class, () -> more.data().put("x", 1));
    }
}
