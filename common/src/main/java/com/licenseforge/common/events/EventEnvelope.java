package com.licenseforge.common.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * What travels on every topic. {@code licenseId} is also the record key where an event concerns a license,
 * so one license's events stay ordered; catalogue and customer facts carry their own id as key and no
 * licenseId. The payload is one of the records in this package, kept as a tree so a consumer can read the
 * envelope before it knows the type.
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID licenseId,
        String actor,
        JsonNode payload) {

    /** The envelope version this code writes and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;
}
