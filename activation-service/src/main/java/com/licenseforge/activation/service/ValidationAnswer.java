package com.licenseforge.activation.service;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The answer to a validation; a valid one carries a refreshed activation token. {@code data} adds what the
 * code calls for (the grace end when past due, the excess seat assignments, ...).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"valid", "code", "detail", "token", "expiresAt", "activationId"})
public record ValidationAnswer(boolean valid, String code, String detail, String token, Instant expiresAt,
                               UUID activationId, @JsonIgnore Map<String, Object> data) {

    @JsonAnyGetter
    public Map<String, Object> any() {
        return data;
    }
}
