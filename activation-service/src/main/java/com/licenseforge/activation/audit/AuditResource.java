package com.licenseforge.activation.audit;

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

/** The audit trail of support actions, oldest first and paged, in the same query shape as issuer-service's. */
@Tag(name = "Audit", description = "Who changed what, when and why")
@Path("/api/v1/audit")
@RolesAllowed({Roles.SUPPORT, Roles.ADMIN, Roles.AUDITOR})
public class AuditResource extends AuditResourceBase {

    public AuditResource(AuditTrail audit) {
        super(audit);
    }

    /** {@code from} is inclusive, {@code to} exclusive. */
    @GET
    @Operation(operationId = "searchSupportAudit", summary = "Search the support audit trail",
            description = "Support actions, oldest first, paged; `from` inclusive, `to` exclusive. Roles `support`, `admin`, `auditor`.")
    @APIResponse(responseCode = "200", description = "The matching entries.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AuditView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "reset", value = """
                            [{"id": "4d0c1b7e-8a9f-4e2d-b1c3-a5d6e7f80912", "at": "2026-11-20T10:15:00Z", "actor": "local-support", "role": "support", "action": "reset activations", "targetType": "license", "targetId": "6a1f0e2d-9c8b-4a7f-8e6d-5c4b3a291807", "serial": "7KQ2M9XD4HRTW3P0", "before": {"activations": 2}, "after": {"activations": 0}, "reason": "ticket 5201: servers rebuilt", "requestId": "ticket-5201"}]""")))
    public List<AuditView> search(@BeanParam AuditSearch search) {
        return super.search(search);
    }
}
