package com.licenseforge.issuer.licenses;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * A trial as sales follow it: the trial license, the prospect, when it started and ends, and where it stands;
 * a converted trial names the paid license it became.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrialView(
        @Schema(description = "The trial license's id (the trial's id)") UUID licenseId,
        String serial,
        String productCode,
        UUID accountId,
        String organizationName,
        String contactEmail,
        Instant startedAt,
        Instant endsAt,
        @Schema(enumeration = {"RUNNING", "CONVERTED", "ENDED"}) String status,
        @Schema(description = "CONVERTED: the paid license") UUID convertedTo,
        @Schema(description = "When it was converted or ran out") Instant endedAt) {

    static TrialView of(Trial trial, String serial, UUID accountId) {
        return new TrialView(trial.licenseId, serial, trial.productCode, accountId, trial.organizationName,
                trial.contactEmail, trial.startedAt, trial.endsAt, trial.status.name(), trial.convertedTo,
                trial.endedAt);
    }
}
