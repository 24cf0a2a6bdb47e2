package com.licenseforge.issuer.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A released version; a license covers it when it was released before the license's maintenance end. */
@Entity
@Table(name = "product_version")
public class ProductVersion {

    @Id
    public UUID id;

    @Column(name = "product_code")
    public String productCode;

    public String version;

    @Column(name = "released_at")
    public Instant releasedAt;
}
