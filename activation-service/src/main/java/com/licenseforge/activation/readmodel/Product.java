package com.licenseforge.activation.readmodel;

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
}
