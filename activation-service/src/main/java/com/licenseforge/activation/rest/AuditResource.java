package com.licenseforge.activation.rest;

import com.licenseforge.activation.domain.AuditEntry;
import com.licenseforge.activation.service.AuditQueries;
import com.licenseforge.common.problem.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The audit trail of support actions, oldest first and paged, in the same query shape as issuer-service's. */
@Path("/api/v1/audit")
@RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
public class AuditResource {

    private final AuditQueries audit;

    public AuditResource(AuditQueries audit) {
        this.audit = audit;
    }

    public record AuditView(UUID id, Instant at, String actor, String role, String action, String targetType,
                            String targetId, String serial, Map<String, Object> before, Map<String, Object> after,
                            String reason, String requestId) {
        static AuditView of(AuditEntry e) {
            return new AuditView(e.id, e.at, e.actor, e.role, e.action, e.targetType, e.targetId, e.serial,
                    e.before, e.after, e.reason, e.requestId);
        }
    }

    /** {@code from} is inclusive, {@code to} exclusive. */
    @GET
    public List<AuditView> search(@QueryParam("serial") String serial, @QueryParam("actor") String actor,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        return audit.search(serial, QueryParameters.text("actor", actor, 200), QueryParameters.instant("from", from),
                        QueryParameters.instant("to", to), QueryParameters.integer("page", page, 0, 0, QueryParameters.MAX_PAGE),
                        QueryParameters.integer("size", size, 100, 1, 1000))
                .stream().map(AuditView::of).toList();
    }
}
