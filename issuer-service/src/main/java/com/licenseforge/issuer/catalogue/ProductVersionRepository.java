package com.licenseforge.issuer.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ProductVersionRepository implements PanacheRepositoryBase<ProductVersion, UUID> {

    public boolean exists(String productCode, String version) {
        return count("productCode = ?1 and version = ?2", productCode, version) > 0;
    }
}
