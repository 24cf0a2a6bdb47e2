package com.licenseforge.common.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IsoInstantsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-06T22:00:00Z", "2026-12-06T22:00Z", "2026-12-06T22:00:00.000000+0000",
            "2026-12-06T22:00:00.000+00:00", "2026-12-06T23:00:00+01:00", "2026-12-06T23:00:00.000000000+0100",
            "2026-12-06T17:00:00-05", "2026-12-06t22:00:00z"})
    void readsEveryFormClientLibrariesWrite(String text) {
        assertEquals(Instant.parse("2026-12-06T22:00:00Z"), IsoInstants.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-06T22:00:00", "2026-12-06", "2026-12-06 22:00:00Z", "2026-12-06T22:00:00+0000Z",
            "2026-12-06T22:00:00.0000000000Z", "1733522400", "2026-12-06T22:00:00+000"})
    void refusesWhatIsNoInstant(String text) {
        assertThrows(DateTimeParseException.class, () -> IsoInstants.parse(text));
    }
}
