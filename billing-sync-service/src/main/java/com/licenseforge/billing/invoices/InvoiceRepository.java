package com.licenseforge.billing.invoices;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class InvoiceRepository implements PanacheRepositoryBase<Invoice, Invoice.Key> {

    public List<Invoice> openOf(UUID licenseId) {
        return list("licenseId = ?1 and status = ?2", Sort.by("dueAt").and("invoiceId"), licenseId, InvoiceStatus.OPEN);
    }
}
