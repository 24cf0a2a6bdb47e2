package com.licenseforge.activation.machines;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReregistrationRepository implements PanacheRepositoryBase<Reregistration, UUID> {

    /** The license's re-registrations since {@code since}, oldest first. */
    public List<Reregistration> since(UUID licenseId, Instant since) {
        return list("licenseId = ?1 and at > ?2 order by at", licenseId, since);
    }
}
