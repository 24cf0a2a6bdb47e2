package com.licenseforge.activation.rest;

import com.licenseforge.activation.service.ActivationPreview;
import com.licenseforge.activation.service.ActivationRequest;
import com.licenseforge.activation.service.ActivationService;
import com.licenseforge.activation.service.ReregistrationRequest;
import com.licenseforge.activation.service.ReregistrationService;
import com.licenseforge.common.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.UUID;

/** Customer systems activate a serial on a machine, preview that, and deactivate; authenticated by serial + CD key. */
@Path("/api/v1/activations")
public class ActivationResource {

    private static final String CD_KEY_HEADER = "X-CD-Key";

    private final ActivationService activations;
    private final ReregistrationService reregistrations;
    private final ClientAddress client;

    public ActivationResource(ActivationService activations, ReregistrationService reregistrations,
                              ClientAddress client) {
        this.activations = activations;
        this.reregistrations = reregistrations;
        this.client = client;
    }

    public record ActivationResponse(UUID activationId, String token, Instant expiresAt) {
    }

    @POST
    @Path("/preview")
    public ActivationPreview preview(@NotNull @Valid ActivationRequest request) {
        return activations.preview(request, client.get());
    }

    /** 201 for a new activation, 200 with the same activation when the machine was already activated. */
    @POST
    public Response activate(@NotNull @Valid ActivationRequest request) {
        ActivationService.Activated activated = activations.activate(request, client.get());
        return Response.status(activated.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(new ActivationResponse(activated.activation().id, activated.lease().token(),
                        activated.lease().expiresAt()))
                .build();
    }

    @DELETE
    @Path("/{activationId}")
    public Response deactivate(@PathParam("activationId") UUID activationId, @HeaderParam(CD_KEY_HEADER) String cdKey) {
        if (cdKey == null || cdKey.isBlank()) {
            throw ProblemException.validation(CD_KEY_HEADER, "the CD key header is required");
        }
        activations.deactivate(activationId, cdKey, client.get());
        return Response.noContent().build();
    }

    /** A changed machine keeps its activation under its new fingerprint; limited per year. */
    @POST
    @Path("/{activationId}/reregistrations")
    public ActivationResponse reregister(@PathParam("activationId") UUID activationId,
                                         @NotNull @Valid ReregistrationRequest request) {
        ReregistrationService.Reregistered moved = reregistrations.reregister(activationId, request, client.get());
        return new ActivationResponse(moved.activation().id, moved.lease().token(), moved.lease().expiresAt());
    }
}
