package com.licenseforge.activation;

import com.licenseforge.common.testing.MalformedRequests;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every operation of this service's OpenAPI document, fed malformed input: no 5xx, every refusal a problem. */
@QuarkusTest
class MalformedRequestTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void noMalformedRequestGetsA5xxOrAnAnswerThatIsNoProblem() {
        MalformedRequests corpus = MalformedRequests.against(base)
                // a proxy address of its own: wrong keys sent here must not lock the address other tests use
                .header("X-Forwarded-For", "198.51.100.250");
        List<String> failures = corpus.run();
        assertTrue(corpus.sent() > 500, "the corpus reached " + corpus.sent() + " requests only");
        assertEquals(List.of(), failures, failures.size() + " of " + corpus.sent() + " requests broke the rules");
    }
}
