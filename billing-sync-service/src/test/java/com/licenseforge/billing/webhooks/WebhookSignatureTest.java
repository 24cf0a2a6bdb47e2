package com.licenseforge.billing.webhooks;

import com.licenseforge.billing.Provider;
import com.licenseforge.billing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class WebhookSignatureTest {

    @Inject
    TestClock clock;

    private Provider provider;

    @BeforeEach
    void provider() {
        provider = new Provider(clock);
    }

    private String someEvent() {
        return Provider.event("vendor.something-new", clock.instant(), Map.of("note", "not billing's concern"));
    }

    @Test
    void aSignatureUnderTheCurrentOrTheRotatedSecretIsAccepted() {
        provider.deliver(someEvent(), Provider.SECRET, clock.instant().getEpochSecond()).statusCode(202);
        provider.deliver(someEvent(), Provider.NEXT_SECRET, clock.instant().getEpochSecond()).statusCode(202);
    }

    @Test
    void aSignatureUnderAnUnknownSecretIsRefused() {
        provider.deliver(someEvent(), "someone-elses-secret", clock.instant().getEpochSecond())
                .statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("INVALID_SIGNATURE"));
    }

    @Test
    void aTamperedBodyIsRefused() {
        long t = clock.instant().getEpochSecond();
        String signed = someEvent();
        String header = "t=" + t + ",v1=" + Provider.sign(Provider.SECRET, t, signed);
        Provider.deliverWithHeader(signed.replace("not billing", "NOT billing"), header)
                .statusCode(401).body("code", equalTo("INVALID_SIGNATURE"));
        // the signature covers the timestamp too
        String shifted = "t=" + (t + 1) + ",v1=" + Provider.sign(Provider.SECRET, t, signed);
        Provider.deliverWithHeader(signed, shifted).statusCode(401).body("code", equalTo("INVALID_SIGNATURE"));
    }

    @Test
    void aMissingOrMalformedHeaderIsRefused() {
        Provider.deliverWithHeader(someEvent(), null).statusCode(401).body("code", equalTo("INVALID_SIGNATURE"));
        Provider.deliverWithHeader(someEvent(), "v1=abc").statusCode(401).body("code", equalTo("INVALID_SIGNATURE"));
        Provider.deliverWithHeader(someEvent(), "t=soon,v1=zz").statusCode(401).body("code", equalTo("INVALID_SIGNATURE"));
    }

    @Test
    void aTimestampMoreThanFiveMinutesAwayEitherWayIsStale() {
        // a few seconds beyond the tolerance: the service reads its clock a moment after the test did
        long now = clock.instant().getEpochSecond();
        long tolerated = Duration.ofMinutes(5).toSeconds();
        provider.deliver(someEvent(), Provider.SECRET, now - tolerated - 1)
                .statusCode(401).body("code", equalTo("STALE_SIGNATURE"));
        provider.deliver(someEvent(), Provider.SECRET, now + tolerated + 5)
                .statusCode(401).body("code", equalTo("STALE_SIGNATURE"));
        provider.deliver(someEvent(), Provider.SECRET, now - tolerated + 5).statusCode(202);
    }

    @Test
    void aRefusalNeverEchoesTheSignatureOrTheSecret() {
        long t = clock.instant().getEpochSecond();
        String signature = Provider.sign("someone-elses-secret", t, someEvent());
        Provider.deliverWithHeader(someEvent(), "t=" + t + ",v1=" + signature)
                .statusCode(401)
                .body(not(containsString(signature)))
                .body(not(containsString(Provider.SECRET)));
    }
}
