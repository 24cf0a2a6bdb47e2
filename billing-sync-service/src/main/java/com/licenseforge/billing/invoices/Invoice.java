package com.licenseforge.billing.invoices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * An invoice of a license's subscription. Provider events may arrive in any order, so every event only adds
 * what it knows: amount and due date fill gaps, a payment is final, a failed payment counts while unpaid.
 */
@Entity
@Table(name = "invoice")
@IdClass(Invoice.Key.class)
public class Invoice {

    @Id
    @Column(name = "license_id")
    public UUID licenseId;

    @Id
    @Column(name = "invoice_id")
    public String invoiceId;

    @Column(name = "amount_due")
    public BigDecimal amountDue;

    @Column(name = "due_at")
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    public InvoiceStatus status;

    @Column(name = "payment_failed_at")
    public Instant paymentFailedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Invoice open(String invoiceId, UUID licenseId, Instant now) {
        Invoice invoice = new Invoice();
        invoice.invoiceId = invoiceId;
        invoice.licenseId = licenseId;
        invoice.status = InvoiceStatus.OPEN;
        invoice.updatedAt = now;
        return invoice;
    }

    /** Takes amount and due date where the provider sent them (a payment may arrive before the invoice). */
    public void describe(BigDecimal amountDue, Instant dueAt) {
        if (amountDue != null) {
            this.amountDue = amountDue;
        }
        if (dueAt != null) {
            this.dueAt = stored(dueAt);
        }
    }

    public void paid() {
        status = InvoiceStatus.PAID;
    }

    /** The first failure counts: grace is measured from it, and a paid invoice ignores late failures. */
    public void paymentFailed(Instant at) {
        if (isOpen() && paymentFailedAt == null) {
            paymentFailedAt = stored(at);
        }
    }

    /** At the database's precision, so the published standing and the stored one are the same instants. */
    private static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public boolean isOpen() {
        return status == InvoiceStatus.OPEN;
    }

    /**
     * Since when this invoice makes its license past due at {@code now}: its due date once passed, or a failed
     * payment before it; empty while it is neither.
     */
    public Optional<Instant> overdueSince(Instant now) {
        if (!isOpen()) {
            return Optional.empty();
        }
        Instant due = dueAt != null && !dueAt.isAfter(now) ? dueAt : null;
        if (paymentFailedAt != null && (due == null || paymentFailedAt.isBefore(due))) {
            return Optional.of(paymentFailedAt);
        }
        return Optional.ofNullable(due);
    }

    public record Key(UUID licenseId, String invoiceId) implements Serializable {
    }
}
