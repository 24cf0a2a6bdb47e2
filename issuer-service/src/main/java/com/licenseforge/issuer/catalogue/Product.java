package com.licenseforge.issuer.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

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

    /** False keeps the CD key out of the mail announcing a new license: it is then only in the issuance response. */
    @Column(name = "cd_key_by_mail")
    public boolean cdKeyByMail = true;
}
