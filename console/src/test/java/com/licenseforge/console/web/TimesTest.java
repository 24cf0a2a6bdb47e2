package com.licenseforge.console.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimesTest {

    @Test
    void aTimeShowsTheMinuteInUtcWithTheExactInstantToHoverAndToLocalise() {
        assertEquals("<time datetime=\"2026-12-06T21:45:19.040967Z\" title=\"2026-12-06T21:45:19.040967Z\">2026-12-06 21:45 UTC</time>",
                Times.of(Instant.parse("2026-12-06T21:45:19.040967Z")).getValue());
    }

    @Test
    void noTimeShowsWhatItMeansEscaped() {
        assertEquals("perpetual", Times.of(null, "perpetual").getValue());
        assertEquals("&lt;none&gt;", Times.of(null, "<none>").getValue());
        assertEquals("", Times.of(null).getValue());
    }
}
