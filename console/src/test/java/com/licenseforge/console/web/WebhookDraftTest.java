package com.licenseforge.console.web;

import com.licenseforge.console.api.ServiceProblem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookDraftTest {

    private final WebhookDraft draft = WebhookDraft.submitted(" http://10.0.0.1/hooks ", List.of("license.issued"), " CRM ");

    @Test
    void theUrlGuardsRefusalStandsBesideTheUrl() {
        WebhookDraft refused = draft.refusedWith(new ServiceProblem(400, "WEBHOOK_URL_REFUSED",
                "10.0.0.1 is a private address"));
        assertEquals("10.0.0.1 is a private address", refused.error("url"));
        assertEquals("10.0.0.1 is a private address", refused.problem());
        assertNull(refused.error("events"));
        assertEquals("http://10.0.0.1/hooks", refused.url());
        assertTrue(refused.chose("license.issued"));
    }

    @Test
    void aFieldTheServiceNamesStandsBesideThatField() {
        WebhookDraft refused = draft.refusedWith(new ServiceProblem(400, "VALIDATION_FAILED", "Invalid.",
                Map.of("events[0]", "must be an event type such as license.issued, or *")));
        assertEquals("must be an event type such as license.issued, or *", refused.error("events"));
        assertNull(refused.error("url"));
    }

    @Test
    void aBlankDescriptionIsLeftOut() {
        assertNull(WebhookDraft.submitted("https://crm.example.com/", List.of("*"), "  ").request().description());
        assertEquals("CRM", draft.request().description());
    }
}
