package com.licenseforge.activation.offline;

import com.licenseforge.activation.machines.Activation;
import com.licenseforge.activation.machines.ActivationService;
import com.licenseforge.activation.machines.ActivationTokens;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.common.token.LicenseFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer to an offline request file: the machine's license file around its activation token, whether the
 * machine's own administrator or the customer portal carries the file here.
 */
@ApplicationScoped
public class OfflineResponses {

    private final OfflineActivationService activations;
    private final OfflineRequestFile requestFile;
    private final ActivationTokens tokens;

    public OfflineResponses(OfflineActivationService activations, OfflineRequestFile requestFile,
                            ActivationTokens tokens) {
        this.activations = activations;
        this.requestFile = requestFile;
        this.tokens = tokens;
    }

    /** The license file, and the license and activation it is for. */
    public record Answer(License license, Activation activation, String file) {

        /** The file as a download named after the serial. */
        public Response download() {
            return Response.ok(file).header("Content-Disposition", "attachment; filename=\"" + license.serial + ".lic\"")
                    .build();
        }
    }

    /** Parses the request (refusing a malformed one) without activating: what a caller checks first. */
    public OfflineRequest parse(String file) {
        return requestFile.parse(file);
    }

    public Answer answer(OfflineRequest request, String clientAddress) {
        ActivationService.Activated activated = activations.activate(request, clientAddress);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Serial", activated.license().serial);
        headers.put("Product", activated.license().productCode);
        headers.put("Organization", activated.activation().organizationId.toString());
        headers.put("Activation", activated.activation().id.toString());
        ActivationTokens.Lease lease = activated.lease(tokens);
        headers.put("Expires", lease.expiresAt().toString());
        return new Answer(activated.license(), activated.activation(), LicenseFile.armor(lease.token(), headers));
    }
}
