package com.licenseforge.activation.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Products, versions, trial policies, accounts and organizations: read-model facts looked up by key. */
@ApplicationScoped
public class CatalogueRepository {

    private final EntityManager em;

    public CatalogueRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Product> product(String code) {
        return Optional.ofNullable(em.find(Product.class, code));
    }

    public Optional<ProductVersion> version(String productCode, String version) {
        return Optional.ofNullable(em.find(ProductVersion.class, new ProductVersion.Key(productCode, version)));
    }

    /** The product's trial policy; none for a product sales never set one for (trials are off). */
    public Optional<TrialPolicy> trialPolicy(String productCode) {
        return Optional.ofNullable(em.find(TrialPolicy.class, productCode));
    }

    public Optional<Account> account(UUID id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Optional<Organization> organization(UUID id) {
        return Optional.ofNullable(em.find(Organization.class, id));
    }

    /** The first {@code limit} organizations of an account by name (then id, so equal names keep their order). */
    public List<Organization> organizationsOf(UUID accountId, int limit) {
        return em.createQuery("from Organization where accountId = :account order by name, id", Organization.class)
                .setParameter("account", accountId)
                .setMaxResults(limit)
                .getResultList();
    }
}
