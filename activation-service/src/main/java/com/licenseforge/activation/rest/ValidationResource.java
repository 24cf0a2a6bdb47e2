package com.licenseforge.activation.rest;

import com.licenseforge.activation.service.ValidationAnswer;
import com.licenseforge.activation.service.ValidationRequest;
import com.licenseforge.activation.service.ValidationService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Machines validate (heartbeat) with serial and fingerprint; the answer is always 200 with a code. */
@Path("/api/v1/validations")
public class ValidationResource {

    private final ValidationService validations;

    public ValidationResource(ValidationService validations) {
        this.validations = validations;
    }

    @POST
    public ValidationAnswer validate(@NotNull @Valid ValidationRequest request) {
        return validations.validate(request);
    }
}
