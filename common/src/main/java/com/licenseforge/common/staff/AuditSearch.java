package com.licenseforge.common.staff;

import com.licenseforge.common.http.QueryParameters;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The audit search's query parameters as every service declares them; read raw, checked by {@link AuditQuery}. */
public class AuditSearch {

    @QueryParam("serial")
    String serial;

    @QueryParam("actor")
    String actor;

    @Parameter(description = "From this instant on (ISO-8601, any offset).",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @QueryParam("from")
    String from;

    @Parameter(description = "Before this instant (ISO-8601, any offset).",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @QueryParam("to")
    String to;

    @Parameter(description = "Page number, from 0.", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
            minimum = "0", maximum = "" + QueryParameters.MAX_PAGE, defaultValue = "0"))
    @QueryParam("page")
    String page;

    @Parameter(description = "Entries per page.", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
            minimum = "1", maximum = "" + AuditQuery.MAX_SIZE, defaultValue = "" + AuditQuery.DEFAULT_SIZE))
    @QueryParam("size")
    String size;

    AuditQuery query() {
        return AuditQuery.parse(serial, actor, from, to, page, size);
    }
}
