package com.licenseforge.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PortableSchemasTest {

    private final ProblemResponses filter = new ProblemResponses();

    @Test
    void patternsArePublishedAnchoredExceptTheNotBlankOne() {
        assertEquals("^[a-z0-9][a-z0-9-]{0,39}$", pattern("[a-z0-9][a-z0-9-]{0,39}"));
        assertEquals("^(?:a|b)$", pattern("a|b"));
        assertEquals("^x$", pattern("^x$"));
        assertEquals("^\\S(.*\\S)?$", pattern("\\S(.*\\S)?"));
        assertEquals("\\S", pattern("\\S"));
    }

    @Test
    void anEnumerationWithoutATypeIsTypedByItsValues() {
        Schema status = OASFactory.createSchema().enumeration(List.of("ACTIVE", "REVOKED"));
        assertEquals(List.of(Schema.SchemaType.STRING), filter.filterSchema(status).getType());
    }

    @Test
    void everyOperationTakesAndEveryResponseNamesTheRequestId() {
        Operation read = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ok"))
                .addAPIResponse("404", OASFactory.createAPIResponse()));
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/things", OASFactory.createPathItem().GET(read)));

        filter.filterOpenAPI(document);

        assertEquals(List.of("#/components/parameters/RequestId"),
                read.getParameters().stream().map(p -> p.getRef()).toList());
        read.getResponses().getAPIResponses().values().forEach(response ->
                assertEquals("#/components/headers/RequestId", response.getHeaders().get("X-Request-Id").getRef()));
        assertEquals("X-Request-Id", document.getComponents().getParameters().get("RequestId").getName());
    }

    private String pattern(String regex) {
        return filter.filterSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern(regex)).getPattern();
    }
}
