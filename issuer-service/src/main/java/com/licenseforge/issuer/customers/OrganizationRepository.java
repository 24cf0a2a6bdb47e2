package com.licenseforge.issuer.customers;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    public List<Organization> ofAccount(UUID accountId) {
        return list("accountId = ?1 order by createdAt", accountId);
    }
}
