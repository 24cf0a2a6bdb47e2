package com.licenseforge.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProblemResponsesTest {

    private final ProblemResponses filter = new ProblemResponses();

    @Test
    void declaredCodesBecomeTheEnumOfAProblemResponseAndGenericOnesAreAdded() {
        Operation create = OASFactory.createOperation()
                .requestBody(OASFactory.createRequestBody())
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("SecurityScheme", "sales"))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("created"))
                        .addAPIResponse("409", OASFactory.createAPIResponse().description("taken")
                                .addExtension(ProblemResponses.CODES, "PRODUCT_EXISTS,CONFLICT"))
                        .addAPIResponse("403", OASFactory.createAPIResponse().description("Not Allowed")));
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/products", OASFactory.createPathItem().POST(create)));

        filter.filterOpenAPI(document);

        assertEquals(List.of("PRODUCT_EXISTS", "CONFLICT"), codes(create.getResponses().getAPIResponse("409")));
        assertNull(create.getResponses().getAPIResponse("409").getExtensions().get(ProblemResponses.CODES));
        assertEquals("taken", create.getResponses().getAPIResponse("409").getDescription());
        assertEquals(List.of("FORBIDDEN"), codes(create.getResponses().getAPIResponse("403")));
        assertEquals(List.of("VALIDATION_FAILED"), codes(create.getResponses().getAPIResponse("400")));
        assertEquals(List.of("UNSUPPORTED_MEDIA_TYPE"), codes(create.getResponses().getAPIResponse("415")));
        assertNull(create.getResponses().getAPIResponse("201").getContent());
        assertNotNull(document.getComponents().getSchemas().get("Problem"));
        assertNotNull(document.getComponents().getParameters().get("IdempotencyKey"));
    }

    @Test
    void aCustomerEndpointKeepsOnlyItsOwnCodes() {
        Operation activate = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("401", OASFactory.createAPIResponse()
                                .addExtension(ProblemResponses.CODES, "INVALID_CREDENTIALS")));
        filter.filterOpenAPI(OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/activations", OASFactory.createPathItem().POST(activate))));

        assertEquals(List.of("INVALID_CREDENTIALS"), codes(activate.getResponses().getAPIResponse("401")));
        assertFalse(activate.getResponses().hasAPIResponse("400"), "no input, no 400");
    }

    @Test
    void anOperationTakingAnIdempotencyKeyDeclaresTheKeysRefusalsBesideItsOwn() {
        Operation suspend = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().ref(ProblemResponses.IDEMPOTENCY_KEY))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("suspended"))
                        .addAPIResponse("409", OASFactory.createAPIResponse().description("Not allowed now.")
                                .addExtension(ProblemResponses.CODES, "ILLEGAL_TRANSITION")));
        Operation rename = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("renamed")));
        filter.filterOpenAPI(OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/licenses/{id}/suspend", OASFactory.createPathItem().POST(suspend))
                .addPathItem("/products/{code}", OASFactory.createPathItem().PUT(rename))));

        assertEquals(List.of("ILLEGAL_TRANSITION", "IDEMPOTENCY_KEY_IN_PROGRESS"),
                codes(suspend.getResponses().getAPIResponse("409")));
        assertEquals(List.of("IDEMPOTENCY_KEY_REUSED"), codes(suspend.getResponses().getAPIResponse("422")));
        assertFalse(rename.getResponses().hasAPIResponse("409"), "no key, no key refusals");
        assertFalse(rename.getResponses().hasAPIResponse("422"));
    }

    @Test
    void uuidsCarryNoPattern() {
        Schema uuid = OASFactory.createSchema().format("uuid").pattern("[a-f0-9-]{36}");
        assertNull(filter.filterSchema(uuid).getPattern());
    }

    private static List<Object> codes(APIResponse response) {
        Schema schema = response.getContent().getMediaType("application/problem+json").getSchema();
        return schema.getAllOf().get(1).getProperties().get("code").getEnumeration();
    }
}
