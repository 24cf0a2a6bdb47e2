package com.licenseforge.activation.rest;

import com.licenseforge.activation.service.ActivationService;
import com.licenseforge.activation.service.OfflineActivationService;
import com.licenseforge.activation.service.OfflineRequestFile;
import com.licenseforge.common.token.LicenseFile;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Activation for a machine without a connection: someone carries its request file here and the answer, a
 * license file holding the activation token, back to the machine. Same checks and slots as online; the CD key
 * is proven, not sent.
 */
@Path("/api/v1/offline/activations")
public class OfflineActivationResource {

    private final OfflineActivationService activations;
    private final OfflineRequestFile requestFile;
    private final ClientAddress client;

    public OfflineActivationResource(OfflineActivationService activations, OfflineRequestFile requestFile,
                                     ClientAddress client) {
        this.activations = activations;
        this.requestFile = requestFile;
        this.client = client;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    public Response activate(String file) {
        ActivationService.Activated activated = activations.activate(requestFile.parse(file), client.get());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Serial", activated.license().serial);
        headers.put("Product", activated.license().productCode);
        headers.put("Organization", activated.activation().organizationId.toString());
        headers.put("Activation", activated.activation().id.toString());
        headers.put("Expires", activated.lease().expiresAt().toString());
        return Response.ok(LicenseFile.armor(activated.lease().token(), headers))
                .header("Content-Disposition", "attachment; filename=\"" + activated.license().serial + ".lic\"")
                .build();
    }
}
