package com.licenseforge.activation.repository;

import com.licenseforge.activation.domain.OfflineNonce;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OfflineNonceRepository implements PanacheRepositoryBase<OfflineNonce, OfflineNonce.Key> {
}
