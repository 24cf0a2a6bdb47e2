package com.licenseforge.activation.rest;

import com.licenseforge.activation.domain.AuditEntry;
import com.licenseforge.activation.service.AuditQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import java.time.Instant;
import java.util.List;

/** The audit trail of support actions, newest first. */
@Path("/api/v1/audit")
@RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
public class AuditResource {

    private final AuditQueries audit;

    public AuditResource(AuditQueries audit) {
        this.audit = audit;
    }

    @GET
    public List<AuditEntry> search(@QueryParam("serial") String serial, @QueryParam("actor") String actor,
                                   @QueryParam("from") Instant from, @QueryParam("to") Instant to,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return audit.search(serial, actor, from, to, page, size);
    }
}
