package com.licenseforge.activation.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A released version: a license covers it when it was released no later than the license's maintenance end. */
@Entity
@Table(name = "product_version")
@IdClass(ProductVersion.Key.class)
public class ProductVersion {

    @Id
    @Column(name = "product_code")
    public String productCode;

    @Id
    public String version;

    @Column(name = "released_at")
    public Instant releasedAt;

    /** The leading number of the version ("2.1.0" → 2): crossing it is an upgrade. */
    public int major() {
        return major(version);
    }

    public static int major(String version) {
        int end = 0;
        while (end < version.length() && end < 9 && Character.isDigit(version.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(version.substring(0, end));
    }

    public static class Key implements Serializable {
        public String productCode;
        public String version;

        public Key() {
        }

        public Key(String productCode, String version) {
            this.productCode = productCode;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(productCode, other.productCode)
                    && Objects.equals(version, other.version);
        }

        @Override
        public int hashCode() {
            return Objects.hash(productCode, version);
        }
    }
}
