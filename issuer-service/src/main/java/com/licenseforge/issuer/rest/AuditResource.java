package com.licenseforge.issuer.rest;

import com.licenseforge.common.format.Serial;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.problem.QueryParameters;
import com.licenseforge.issuer.domain.AuditEntry;
import com.licenseforge.issuer.service.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The issuer's audit trail, in the same query shape as activation-service's. */
@Path("/api/v1/audit")
public class AuditResource {

    private final AuditTrail audit;

    public AuditResource(AuditTrail audit) {
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

    @GET
    @RolesAllowed({Roles.SUPPORT, Roles.SALES, Roles.ADMIN})
    public List<AuditView> search(@QueryParam("serial") String serial, @QueryParam("actor") String actor,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        String canonical = serial == null ? null : Serial.parse(serial)
                .orElseThrow(() -> ProblemException.validation("serial", "is not a well-formed serial (check character)"));
        Instant since = QueryParameters.instant("from", from);
        Instant until = QueryParameters.instant("to", to);
        if (since != null && until != null && !until.isAfter(since)) {
            throw ProblemException.validation("to", "must be after from");
        }
        return audit.search(canonical, QueryParameters.text("actor", actor, 200), since, until,
                        QueryParameters.integer("page", page, 0, 0, QueryParameters.MAX_PAGE),
                        QueryParameters.integer("size", size, 100, 1, 1000))
                .stream().map(AuditView::of).toList();
    }
}
