package com.licenseforge.issuer.audit;

import com.licenseforge.common.staff.Roles;
import com.licenseforge.common.staff.AuditResourceBase;
import com.licenseforge.common.staff.AuditSearch;
import com.licenseforge.common.staff.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The issuer's audit trail, in the same query shape as activation-service's. */
@Tag(name = "Audit", description = "Who changed what, when and why")
@Path("/api/v1/audit")
public class AuditResource extends AuditResourceBase {

    public AuditResource(AuditTrail audit) {
        super(audit);
    }

    @GET
    @RolesAllowed({Roles.SUPPORT, Roles.SALES, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "searchIssuerAudit", summary = "Search the audit trail",
            description = "Staff actions on this service, oldest first, paged; `from` inclusive, `to` exclusive. Roles `support`, `sales`, `admin`, `auditor`.")
    @APIResponse(responseCode = "200", description = "The matching entries.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AuditView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "suspension", value = """
                            [{"id": "4d0c1b7e-8a9f-4e2d-b1c3-a5d6e7f80912", "at": "2026-11-20T10:15:00Z", "actor": "jane.doe", "role": "sales", "action": "suspend", "targetType": "license", "targetId": "6a1f0e2d-9c8b-4a7f-8e6d-5c4b3a291807", "serial": "7KQ2M9XD4HRTW3P0", "before": {"status": "ACTIVE"}, "after": {"status": "SUSPENDED"}, "reason": "ticket 5150", "requestId": "ticket-5150"}]""")))
    public List<AuditView> search(@BeanParam AuditSearch search) {
        return super.search(search);
    }
}
