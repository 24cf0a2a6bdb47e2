package com.licenseforge.issuer.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.licenseforge.common.events.ProductRegistered;
import com.licenseforge.common.license.LicenseModel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A product in the catalogue and the modules it is sold with. */
@Entity
@Table(name = "product")
public class Product {

    /** What a product code (and a module name) looks like. */
    public static final String CODE = "[a-z0-9][a-z0-9-]{0,39}";

    @Id
    public String code;

    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> modules;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The heartbeat interval of the product's floating licenses, unless a license sets its own; null: PT10M. */
    @Column(name = "heartbeat_interval_seconds")
    public Integer heartbeatIntervalSeconds;

    /** The longest borrow of the product's floating licenses, unless a license sets its own; null: P7D. */
    @Column(name = "max_borrow_seconds")
    public Integer maxBorrowSeconds;

    public Duration heartbeatInterval() {
        return heartbeatIntervalSeconds == null ? LicenseModel.DEFAULT_HEARTBEAT_INTERVAL
                : Duration.ofSeconds(heartbeatIntervalSeconds);
    }

    public Duration maxBorrow() {
        return maxBorrowSeconds == null ? LicenseModel.DEFAULT_MAX_BORROW : Duration.ofSeconds(maxBorrowSeconds);
    }

    public static Integer seconds(Duration duration) {
        return duration == null ? null : Math.toIntExact(duration.toSeconds());
    }

    /** Whether prospects may start trials of this product; off until sales sets a trial policy. */
    @Column(name = "trial_enabled")
    public boolean trialEnabled;

    @Column(name = "trial_duration_days")
    public Integer trialDurationDays;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "trial_modules")
    public Map<String, Integer> trialModules;

    @Column(name = "trial_max_activations")
    public Integer trialMaxActivations;

    /** False keeps the CD key out of the mail announcing a new license: it is then only in the issuance response. */
    @Column(name = "cd_key_by_mail")
    public boolean cdKeyByMail = true;

    public static final int DEFAULT_SELF_SERVICE_DEACTIVATIONS = ProductRegistered.DEFAULT_SELF_SERVICE_DEACTIVATIONS;

    /** How many machines a customer may free per license within 30 days in the customer portal. */
    @Column(name = "self_service_deactivations")
    public int selfServiceDeactivations = DEFAULT_SELF_SERVICE_DEACTIVATIONS;
}
