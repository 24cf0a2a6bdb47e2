package com.licenseforge.activation.machines;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The users holding a module's seats on one activated machine, as the customer system reports them. */
public record SeatRequest(
        @NotBlank @Size(max = 60) String cdKey,
        @NotNull @Size(max = 10_000) List<@NotBlank @Size(max = 200) String> users) {
}
