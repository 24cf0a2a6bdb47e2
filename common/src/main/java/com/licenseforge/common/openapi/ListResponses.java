package com.licenseforge.common.openapi;

import com.licenseforge.common.http.ListQuery;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.math.BigDecimal;

/**
 * The parameters and headers every list endpoint shares, published once in the components. A list operation
 * says {@code @Extension(name = ListResponses.PAGED, value = "true")}; {@link #paged} then gives it the
 * {@code page} and {@code size} parameters and declares {@code X-Total-Count} and {@code Link} on its 200 response,
 * so every list documents the same rule.
 */
public final class ListResponses {

    /** Operation extension marking a list that answers through {@code ListQuery}. */
    public static final String PAGED = "x-paged";

    private static final String PAGE = "#/components/parameters/Page";
    private static final String SIZE = "#/components/parameters/Size";
    private static final String TOTAL_COUNT = "#/components/headers/TotalCount";
    private static final String LINK = "#/components/headers/Link";

    private ListResponses() {
    }

    static void publish(Components components) {
        components.addParameter("Page", OASFactory.createParameter()
                .name(ListQuery.PAGE).in(Parameter.In.QUERY).required(false)
                .description("Page number, from 0.")
                .schema(integer(0, ListQuery.MAX_PAGE).defaultValue(0)));
        components.addParameter("Size", OASFactory.createParameter()
                .name(ListQuery.SIZE).in(Parameter.In.QUERY).required(false)
                .description("Items per page.")
                .schema(integer(1, ListQuery.MAX_SIZE).defaultValue(ListQuery.DEFAULT_SIZE)));
        components.addHeader("TotalCount", OASFactory.createHeader()
                .description("How many items match the filters, in all pages.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")));
        components.addHeader("Link", OASFactory.createHeader()
                .description("The neighbouring pages (RFC 8288), `rel=\"next\"` while more follow and `rel=\"prev\"` "
                        + "after the first page, with the same filters; absent without neighbours.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .example("</api/v1/accounts?q=conto&page=1&size=50>; rel=\"next\""));
    }

    static void paged(Operation operation) {
        if (operation.getExtensions() == null || operation.getExtensions().get(PAGED) == null) {
            return;
        }
        operation.removeExtension(PAGED);
        operation.addParameter(OASFactory.createParameter().ref(PAGE));
        operation.addParameter(OASFactory.createParameter().ref(SIZE));
        APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        if (ok != null) {
            ok.addHeader(ListQuery.TOTAL_COUNT, OASFactory.createHeader().ref(TOTAL_COUNT));
            ok.addHeader("Link", OASFactory.createHeader().ref(LINK));
        }
    }

    private static Schema integer(int min, int max) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                .minimum(BigDecimal.valueOf(min)).maximum(BigDecimal.valueOf(max));
    }
}
