package com.licenseforge.billing;

import com.licenseforge.common.testing.MalformedRequests;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every operation of this service's OpenAPI document, fed malformed input: no 5xx, every refusal a problem. */
@QuarkusTest
class MalformedRequestTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    TestClock clock;

    @Test
    void noMalformedRequestGetsA5xxOrAnAnswerThatIsNoProblem() {
        MalformedRequests corpus = MalformedRequests.against(base)
                // bodies reach the reader only once signed, as the provider signs them
                .signedBy((path, body) -> Map.of("Billing-Signature", new Provider(clock).signature(body)));
        List<String> failures = corpus.run();
        // two operations: the webhook (every field of every event type) and the standing lookup
        assertTrue(corpus.sent() > 150, "the corpus reached " + corpus.sent() + " requests only");
        assertEquals(List.of(), failures, failures.size() + " of " + corpus.sent() + " requests broke the rules");
    }
}
