package com.licenseforge.client.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads a problem (or a validation answer) into its {@link Refusal} type; missing data stays null. */
final class Refusals {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Refusals() {
    }

    static Refusal of(String code, JsonNode body, Duration retryAfter) {
        Refusal.Code known = known(code);
        return switch (known) {
            case INVALID_CREDENTIALS -> new Refusal.InvalidCredentials();
            case CREDENTIALS_LOCKED -> new Refusal.CredentialsLocked(retryAfter != null ? retryAfter
                    : body.hasNonNull("retryAfterSeconds") ? Duration.ofSeconds(body.get("retryAfterSeconds").asLong()) : null);
            case PRODUCT_MISMATCH -> new Refusal.ProductMismatch(text(body, "licensedProduct"));
            case ORGANIZATION_NOT_IN_ACCOUNT -> new Refusal.OrganizationNotInAccount(uuid(body, "organizationId"));
            case LICENSE_BOUND_TO_OTHER_ORGANIZATION -> new Refusal.LicenseBoundToOtherOrganization(
                    uuid(body, "boundOrganizationId"), text(body, "boundOrganizationName"), instant(body, "boundAt"));
            case TOO_MANY_ACTIVATIONS -> new Refusal.TooManyActivations(body.path("activationsUsed").asInt(),
                    body.path("maxActivations").asInt());
            case VERSION_NOT_COVERED -> new Refusal.VersionNotCovered(instant(body, "releasedAt"),
                    instant(body, "maintenanceUntil"));
            case UPGRADE_REQUIRES_ORIGINAL_MACHINE ->
                    new Refusal.UpgradeRequiresOriginalMachine(body.path("activatedMajorVersion").asInt());
            case EXCESS_SEAT_ASSIGNMENTS -> new Refusal.ExcessSeatAssignments(excess(body.path("excess")));
            case PAST_DUE -> new Refusal.PastDue(instant(body, "pastDueSince"), instant(body, "graceEndsAt"));
            case SUSPENDED -> new Refusal.Suspended(text(body, "suspendedBy"));
            case REVOKED -> new Refusal.Revoked();
            case EXPIRED -> new Refusal.Expired(instant(body, "expiresAt"));
            case REREGISTRATION_LIMIT_REACHED -> new Refusal.ReregistrationLimitReached(
                    body.path("allowance").asInt(), body.path("used").asInt(), instant(body, "nextAvailableAt"));
            case OFFLINE_ACTIVATION_UNAVAILABLE -> new Refusal.OfflineActivationUnavailable();
            case VALIDATION_FAILED -> new Refusal.ValidationFailed(fieldErrors(body.path("errors")));
            case NOT_FOUND -> new Refusal.NotFound();
            case NOT_ACTIVATED -> new Refusal.NotActivated();
            case FINGERPRINT_MISMATCH -> new Refusal.FingerprintMismatch();
            case REASSIGNED -> new Refusal.Reassigned(uuid(body, "boundOrganizationId"));
            case UNKNOWN_SERIAL -> new Refusal.UnknownSerial();
            case TRIAL_ENDED -> new Refusal.TrialEnded(instant(body, "trialEndsAt"));
            case TRIALS_DISABLED -> new Refusal.TrialsDisabled();
            case TRIAL_ALREADY_USED -> new Refusal.TrialAlreadyUsed(text(body, "usedBy"));
            case TOO_MANY_REQUESTS -> new Refusal.TooManyRequests(retryAfter != null ? retryAfter
                    : body.hasNonNull("retryAfterSeconds") ? Duration.ofSeconds(body.get("retryAfterSeconds").asLong()) : null);
            case OTHER -> new Refusal.Other(code, extras(body));
        };
    }

    private static Refusal.Code known(String code) {
        try {
            return code == null || code.equals(Refusal.Code.OTHER.name()) ? Refusal.Code.OTHER : Refusal.Code.valueOf(code);
        } catch (IllegalArgumentException e) {
            return Refusal.Code.OTHER;
        }
    }

    private static List<Refusal.ExcessSeats> excess(JsonNode modules) {
        List<Refusal.ExcessSeats> excess = new ArrayList<>();
        for (JsonNode module : modules) {
            List<String> users = new ArrayList<>();
            module.path("users").forEach(user -> users.add(user.asText()));
            excess.add(new Refusal.ExcessSeats(text(module, "module"), module.path("seats").asInt(),
                    module.path("assigned").asInt(), List.copyOf(users)));
        }
        return List.copyOf(excess);
    }

    private static List<Refusal.FieldError> fieldErrors(JsonNode errors) {
        List<Refusal.FieldError> fields = new ArrayList<>();
        errors.forEach(error -> fields.add(new Refusal.FieldError(text(error, "field"), text(error, "message"))));
        return List.copyOf(fields);
    }

    private static Map<String, Object> extras(JsonNode body) {
        Map<String, Object> data = new LinkedHashMap<>();
        body.properties().forEach(field -> {
            if (!List.of("type", "title", "status", "code", "detail").contains(field.getKey())) {
                data.put(field.getKey(), JSON.convertValue(field.getValue(), Object.class));
            }
        });
        return Map.copyOf(data);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static Instant instant(JsonNode node, String field) {
        return Optional.ofNullable(text(node, field)).map(Refusals::parseInstant).orElse(null);
    }

    static UUID uuid(JsonNode node, String field) {
        try {
            return Optional.ofNullable(text(node, field)).map(UUID::fromString).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant parseInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
