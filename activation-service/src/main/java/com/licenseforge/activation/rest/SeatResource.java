package com.licenseforge.activation.rest;

import com.licenseforge.activation.service.SeatRequest;
import com.licenseforge.activation.service.SeatService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import java.util.UUID;

/** Customer systems report which users hold a module's seats on an activated machine. */
@Path("/api/v1/activations/{activationId}/seats/{module}")
public class SeatResource {

    private final SeatService seats;
    private final ClientAddress client;

    public SeatResource(SeatService seats, ClientAddress client) {
        this.seats = seats;
        this.client = client;
    }

    @PUT
    public SeatService.Seats assign(@PathParam("activationId") UUID activationId,
                                    @PathParam("module") @Size(max = 100) String module,
                                    @NotNull @Valid SeatRequest request) {
        return seats.assign(activationId, module, request, client.get());
    }
}
