package com.licenseforge.activation.rest;

import com.licenseforge.activation.service.ValidationAnswer;
import com.licenseforge.activation.service.ValidationRequest;
import com.licenseforge.activation.service.ValidationService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/**
 * Machines validate (heartbeat) with serial, fingerprint and their activation token (or CD key); the answer is
 * 200 with a code, 401 for a wrong proof, 429 while the address is locked.
 */
@Path("/api/v1/validations")
public class ValidationResource {

    private final ValidationService validations;
    private final ClientAddress client;

    public ValidationResource(ValidationService validations, ClientAddress client) {
        this.validations = validations;
        this.client = client;
    }

    @POST
    public ValidationAnswer validate(@NotNull @Valid ValidationRequest request) {
        return validations.validate(request, client.get());
    }
}
