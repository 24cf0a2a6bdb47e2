package com.licenseforge.issuer.rest;

import com.licenseforge.common.format.Serial;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.issuer.domain.AuditEntry;
import com.licenseforge.issuer.service.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
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
                                  @QueryParam("from") Instant from, @QueryParam("to") Instant to,
                                  @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                  @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        String canonical = serial == null ? null : Serial.parse(serial)
                .orElseThrow(() -> ProblemException.validation("serial", "is not a well-formed serial (check character)"));
        return audit.search(canonical, actor, from, to, page, size).stream().map(AuditView::of).toList();
    }
}
