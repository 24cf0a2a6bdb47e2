package com.licenseforge.issuer.customers;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, UUID> {

    public boolean externalRefTaken(String externalRef) {
        return externalRef != null && count("externalRef", externalRef) > 0;
    }
}
