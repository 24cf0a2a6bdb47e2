package com.licenseforge.activation.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;

/** A product's trial policy as the issuer published it: trials start here only while it is enabled. */
@Entity
@Table(name = "trial_policy")
public class TrialPolicy {

    @Id
    @Column(name = "product_code")
    public String productCode;

    public boolean enabled;

    @Column(name = "duration_days")
    public int durationDays;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> modules;

    @Column(name = "max_activations")
    public int maxActivations;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
