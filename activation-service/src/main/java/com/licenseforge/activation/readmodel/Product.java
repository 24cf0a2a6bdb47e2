package com.licenseforge.activation.readmodel;

import com.licenseforge.common.events.ProductRegistered;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;

/** A product as the issuer registered it. */
@Entity
@Table(name = "product")
public class Product {

    @Id
    public String code;

    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> modules;

    /** How many machines a customer may free per license within 30 days in the portal; null: the default. */
    @Column(name = "self_service_deactivations")
    public Integer selfServiceDeactivations;

    public int selfServiceLimit() {
        return selfServiceDeactivations == null ? ProductRegistered.DEFAULT_SELF_SERVICE_DEACTIVATIONS
                : selfServiceDeactivations;
    }
}
