package com.licenseforge.activation.selfservice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A license's live machines as its customer sees them, and how many more they may free themselves. */
public record MachinesView(UUID licenseId, int activationsUsed, int maxActivations, SelfServiceAllowance selfService,
                           List<Machine> machines) {

    public record Machine(UUID activationId, String hostname, String organizationName, String productVersion,
                          Instant lastSeenAt, Instant activatedAt,
                          @Schema(description = "ACTIVE for a live machine") String status,
                          @Schema(description = "FLOATING: when the machine's lease ends unless it validates", nullable = true)
                          Instant leaseExpiresAt,
                          @Schema(description = "Module → the users holding a seat of it on this machine")
                          Map<String, List<String>> seats) {
    }
}
