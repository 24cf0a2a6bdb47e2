package com.licenseforge.billing;

import com.licenseforge.common.testing.PortableDocument;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The published OpenAPI document is read alike by every client generator (see {@link PortableDocument}). */
@QuarkusTest
class PortableDocumentTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void theDocumentNeedsNoWorkaroundInAGeneratedClient() {
        assertEquals(List.of(), PortableDocument.violations(base));
    }
}
