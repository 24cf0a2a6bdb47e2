package com.licenseforge.activation.offline;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OfflineNonceRepository implements PanacheRepositoryBase<OfflineNonce, OfflineNonce.Key> {
}
