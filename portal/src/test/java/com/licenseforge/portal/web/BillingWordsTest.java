package com.licenseforge.portal.web;

import com.licenseforge.portal.api.CustomerApi;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The billing standing as the customer reads it, in each language. */
@QuarkusTest
class BillingWordsTest {

    private static final Instant GRACE_ENDS = Instant.parse("2026-12-20T00:00:00Z");

    @Test
    void overdueSaysUntilWhenTheServiceContinues() {
        assertEquals("Payment overdue: service continues until 2026-12-20", words("en", "PAST_DUE", GRACE_ENDS));
        assertEquals("Zahlung überfällig: der Dienst läuft weiter bis 2026-12-20", words("de", "PAST_DUE", GRACE_ENDS));
        assertEquals("付款逾期：服务将持续到 2026-12-20", words("zh", "PAST_DUE", GRACE_ENDS));
    }

    @Test
    void overdueWithoutAKnownGraceSaysOverdueOnly() {
        assertEquals("Payment overdue", words("en", "PAST_DUE", null));
    }

    @Test
    void suspendedSaysWhy() {
        assertEquals("Suspended for non-payment", words("en", "SUSPENDED", null));
        assertEquals("Wegen Nichtzahlung gesperrt", words("de", "SUSPENDED", null));
        assertEquals("因未付款已暂停", words("zh", "SUSPENDED", null));
    }

    @Test
    void goodAndUnknown() {
        assertEquals("In good standing", words("en", "GOOD", null));
        assertEquals("No billing information", words("en", null, null));
        assertEquals("No billing information", words("en", "SOMETHING_NEW", null));
    }

    private static String words(String language, String standing, Instant graceEndsAt) {
        var license = new CustomerApi.License(UUID.randomUUID(), "SER-1", "CAD", "Contoso CAD", "COMMERCIAL", "NODE_LOCKED",
                "ACTIVE", null, null, null, Map.of(), 5, standing, graceEndsAt);
        return BillingWords.of(license, MessageBundles.get(Messages.class, Localized.Literal.of(language)));
    }
}
