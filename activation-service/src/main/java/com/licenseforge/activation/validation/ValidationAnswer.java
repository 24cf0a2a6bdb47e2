package com.licenseforge.activation.validation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.licenseforge.activation.answers.CodedAnswer;
import com.licenseforge.activation.answers.Codes;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The answer to a validation; a valid one carries a refreshed activation token. {@code data} adds what the
 * code calls for (the grace end when past due, the excess seat assignments, ...).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The verdict of a validation; the members after `activationId` appear when the code calls for them.",
        properties = {
                @SchemaProperty(name = "graceEndsAt", type = SchemaType.STRING, format = "date-time",
                        description = "PAST_DUE: when the license is suspended unless paid"),
                @SchemaProperty(name = "pastDueSince", type = SchemaType.STRING, format = "date-time",
                        description = "PAST_DUE: since when payment is overdue"),
                @SchemaProperty(name = "boundOrganizationId", type = SchemaType.STRING, format = "uuid",
                        description = "REASSIGNED: the organization the license now belongs to"),
                @SchemaProperty(name = "excess", type = SchemaType.ARRAY, implementation = Object.class,
                        description = "EXCESS_SEAT_ASSIGNMENTS: per module the seats, the assigned count and the users"),
                @SchemaProperty(name = "trialEndsAt", type = SchemaType.STRING, format = "date-time",
                        description = "A trial (VALID, TRIAL_ENDED): when it ends, or ended")
        })
@JsonPropertyOrder({"valid", "code", "detail", "token", "expiresAt", "activationId"})
public record ValidationAnswer(boolean valid,
                               @Schema(required = true, enumeration = {Codes.VALID, Codes.PAST_DUE, Codes.NOT_ACTIVATED,
                                       Codes.FINGERPRINT_MISMATCH, Codes.REASSIGNED, Codes.EXPIRED, Codes.SUSPENDED,
                                       Codes.REVOKED, Codes.VERSION_NOT_COVERED, Codes.EXCESS_SEAT_ASSIGNMENTS, Codes.CULLED,
                                       Codes.UNKNOWN_SERIAL, Codes.TRIAL_ENDED}) String code, String detail, String token,
                               Instant expiresAt, UUID activationId,
                               @Schema(description = "A floating license's machine: its lease, renewed by this validation, ends then; validate again before")
                               Instant leaseExpiresAt,
                               @JsonIgnore Map<String, Object> data) implements CodedAnswer {

    @JsonAnyGetter
    public Map<String, Object> any() {
        return data;
    }
}
