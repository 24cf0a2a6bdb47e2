package com.licenseforge.common.openapi;

import com.licenseforge.common.observability.RequestIds;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Declares {@code X-Request-Id} where every service honours it: an optional header of every operation (kept when
 * it is at most 200 printable ASCII characters, else replaced) and a header of every response (the id the request
 * ran under, the one logs, audit entries and events carry), so generated clients can send and read it.
 */
final class RequestIdHeaders {

    private static final String PARAMETER = "#/components/parameters/RequestId";
    private static final String HEADER = "#/components/headers/RequestId";

    private RequestIdHeaders() {
    }

    static void publish(Components components) {
        components.addParameter("RequestId", OASFactory.createParameter()
                .name(RequestIds.HEADER).in(Parameter.In.HEADER).required(false)
                .description("Ties the request to the caller's own records (a ticket, a job): recorded in the audit "
                        + "entries and logs of the request and echoed in the response. At most 200 printable ASCII "
                        + "characters; any other value, or none, is replaced by a generated id.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(200))
                .example("ticket-4711"));
        components.addHeader("RequestId", OASFactory.createHeader()
                .description("The id this request ran under: the caller's `X-Request-Id` when it was kept, else a "
                        + "generated one.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }

    static void declare(Operation operation) {
        if (operation.getParameters() == null || operation.getParameters().stream()
                .noneMatch(p -> PARAMETER.equals(p.getRef()) || RequestIds.HEADER.equalsIgnoreCase(p.getName()))) {
            operation.addParameter(OASFactory.createParameter().ref(PARAMETER));
        }
        if (operation.getResponses() != null) {
            operation.getResponses().getAPIResponses().values()
                    .forEach(response -> response.addHeader(RequestIds.HEADER, OASFactory.createHeader().ref(HEADER)));
        }
    }
}
