package com.licenseforge.issuer.licenses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A trial license's story: who started it, until when it runs, and how it ended. Never deleted. */
@Entity
@Table(name = "trial")
public class Trial {

    @Id
    @Column(name = "license_id")
    public UUID licenseId;

    @Column(name = "product_code")
    public String productCode;

    /** As the prospect gave it: where mail about the trial goes. */
    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "organization_name")
    public String organizationName;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    public TrialStatus status;

    /** The paid license it became. */
    @Column(name = "converted_to")
    public UUID convertedTo;

    @Column(name = "ended_at")
    public Instant endedAt;

    /** Ends the trial now (converted or run out); a trial ends once. */
    void end(TrialStatus outcome, Instant now) {
        status = outcome;
        endedAt = now;
    }
}
